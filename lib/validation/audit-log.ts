import { z } from "zod";
import { isoDate } from "./form-input";
import { keyed } from "./messages";

// Filters of the clinic's audit log, in the query string of the page, of its CSV download and of
// GET /api/v1/audit-events. The patient filter is the patient's id, never its code (the page's form
// posts the code and looks it up: app/(app)/admin/audit/actions.ts).
export const AUDIT_PAGE_SIZE = 50;
/** The clinic's time zone: the log shows times in it, and a date filter means its calendar day. */
export const CLINIC_TIME_ZONE = "Europe/Oslo";

const id = z.string().trim().min(1).max(64);

export const auditFilterSchema = z
  .object({
    userId: id.optional().meta({ description: "Only events of this user (an id from the clinic's users)." }),
    action: z.string().trim().min(1).max(100).optional().meta({ description: "Only this action, e.g. episode.read.", example: "episode.read" }),
    from: isoDate.optional().meta({ description: "From this calendar day (clinic time, Europe/Oslo), inclusive." }),
    to: isoDate.optional().meta({ description: "To this calendar day (clinic time), inclusive." }),
    patientId: id.optional().meta({ description: "Only events on this patient: the patient, its treatment episodes, sessions, ratings, rating links and ruptures, and list reads that showed it." }),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.to < f.from) ctx.addIssue({ code: "custom", path: ["to"], ...keyed("endBeforeStart") });
  });
export type AuditFilters = z.output<typeof auditFilterSchema>;

/** The filters named in a query string (empty parameters count as absent). */
export function auditFiltersFromQuery(params: URLSearchParams): Record<string, string | undefined> {
  const one = (name: string) => params.get(name)?.trim() || undefined;
  return { userId: one("userId"), action: one("action"), from: one("from"), to: one("to"), patientId: one("patientId"), page: one("page") };
}

/**
 * The instant a calendar day starts in `timeZone` (UTC for the database). Midnight exists on every
 * day in Europe/Oslo (its clock changes at 02:00 and 03:00), so two corrections are enough.
 */
export function zonedDayStart(iso: string, timeZone = CLINIC_TIME_ZONE): Date {
  const midnightUtc = Date.parse(`${iso}T00:00:00.000Z`);
  let t = midnightUtc - offsetMs(new Date(midnightUtc), timeZone);
  t = midnightUtc - offsetMs(new Date(t), timeZone);
  return new Date(t);
}

/** The day after `iso` (YYYY-MM-DD), for an inclusive "to" day. */
export function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The `at` range of the filters: from the start of `from` to the start of the day after `to`. */
export function auditDateRange(f: Pick<AuditFilters, "from" | "to">): { gte?: Date; lt?: Date } | undefined {
  if (!f.from && !f.to) return undefined;
  return { ...(f.from ? { gte: zonedDayStart(f.from) } : {}), ...(f.to ? { lt: zonedDayStart(nextDay(f.to)) } : {}) };
}

/** The filters as a query string ("" without any), page 1 left out. */
export function auditQueryString(f: Partial<AuditFilters>): string {
  const entries = Object.entries({ userId: f.userId, action: f.action, from: f.from, to: f.to, patientId: f.patientId, page: f.page && f.page > 1 ? String(f.page) : undefined });
  const query = new URLSearchParams(entries.filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  return query.size ? `?${query}` : "";
}
