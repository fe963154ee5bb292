import { z } from "zod";
import { isoDate } from "./form-input";
import { keyed } from "./messages";
import { DEFAULT_PERIOD, periodDays, periodOf, type PeriodChoice } from "@/lib/supervision/period";

// The supervisor's period, from the query string (dates are not patient data). Both ends are
// calendar days, inclusive. A span is bounded so one request cannot ask for decades of sessions.
export const PERIOD_PRESETS = ["4w", "3m", "12m"] as const;
export const MAX_PERIOD_DAYS = 5 * 366;

const ends = {
  from: isoDate.meta({ description: "First day of the period (YYYY-MM-DD).", example: "2026-01-01" }),
  to: isoDate.meta({ description: "Last day of the period (YYYY-MM-DD), included.", example: "2026-03-31" }),
};

function checkRange(v: { from: string; to: string }, ctx: z.RefinementCtx) {
  if (v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], ...keyed("endBeforeStart") });
  else if ((Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 > MAX_PERIOD_DAYS) ctx.addIssue({ code: "custom", path: ["from"], ...keyed("periodTooLong", { days: MAX_PERIOD_DAYS }) });
}

/** GET /api/v1/supervision/summary: from and to together, or neither (the last three months). */
export const summaryQuery = z.object({ from: ends.from.optional(), to: ends.to.optional() }).superRefine((v, ctx) => {
  if (!v.from !== !v.to) ctx.addIssue({ code: "custom", path: [v.from ? "to" : "from"], ...keyed("periodBothEnds") });
  else if (v.from && v.to) checkRange({ from: v.from, to: v.to }, ctx);
});

/** The supervision pages: a preset, or `custom` with from and to. */
export const periodQuery = z.union([
  z.object({ period: z.enum(PERIOD_PRESETS) }),
  z.object({ period: z.literal("custom"), ...ends }).superRefine(checkRange),
]);
export type PeriodQuery = z.output<typeof periodQuery>;

/**
 * The period a supervision page shows, from its query string: a preset or a valid custom range;
 * anything else falls back to the default (three months) and says so (`invalid`), rather than
 * answering with an error page.
 */
export function readPeriod(raw: { period?: string; from?: string; to?: string }, today: string) {
  const parsed = raw.period === undefined ? null : periodQuery.safeParse(raw);
  const choice: PeriodChoice = parsed?.success ? parsed.data : { period: DEFAULT_PERIOD };
  const days = periodDays(choice, today);
  return { choice, days, period: periodOf(days), invalid: parsed !== null && !parsed.success };
}

/** The API's from/to (both or neither), as the period and its days. */
export function summaryPeriod(query: z.output<typeof summaryQuery>, today: string) {
  const days = query.from && query.to ? { from: query.from, to: query.to } : periodDays({ period: DEFAULT_PERIOD }, today);
  return { days, period: periodOf(days) };
}

/** A report's therapist: one supervisee's id, or "all" (the default). */
export const reportTarget = z.union([z.literal("all"), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]);

/**
 * The report's query (the page and its PDF): `therapist` plus the period as the home takes it;
 * `from` and `to` alone also name a custom range. An unreadable therapist is "invalid" (a 404
 * would hide a typo), an unreadable period falls back to the default as on the home.
 */
export function readReportQuery(raw: { therapist?: string; period?: string; from?: string; to?: string }, today: string) {
  const target = reportTarget.safeParse(raw.therapist ?? "all");
  const period = raw.period ?? (raw.from && raw.to ? "custom" : undefined);
  return { target: target.success ? target.data : null, ...readPeriod({ period, from: raw.from, to: raw.to }, today) };
}
