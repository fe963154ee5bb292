import type { Period } from "./figures";

// Turning the supervisor's choice (a preset or a custom range of calendar days, both ends included)
// into the instants the figures compare with. Pure: today is passed in (YYYY-MM-DD).
export type PeriodChoice = { period: "4w" | "3m" | "12m" } | { period: "custom"; from: string; to: string };
export const DEFAULT_PERIOD = "3m" as const;

const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The calendar days a choice covers, ending today for a preset. */
export function periodDays(choice: PeriodChoice, today: string): { from: string; to: string } {
  if (choice.period === "custom") return { from: choice.from, to: choice.to };
  const end = day(today);
  if (choice.period === "4w") return { from: iso(new Date(end.getTime() - 27 * DAY)), to: today };
  const months = choice.period === "3m" ? 3 : 12;
  const start = new Date(end);
  start.setUTCMonth(start.getUTCMonth() - months);
  return { from: iso(new Date(start.getTime() + DAY)), to: today };
}

/** From the first day's midnight (UTC, as dates are stored) to the midnight after the last day. */
export function periodOf(days: { from: string; to: string }): Period {
  return { from: day(days.from), to: new Date(day(days.to).getTime() + DAY) };
}

/** The query-string parameters that name this choice again (links between the supervision pages). */
export function periodParams(choice: PeriodChoice, days: { from: string; to: string }): Record<string, string> {
  return choice.period === "custom" ? { period: "custom", from: days.from, to: days.to } : { period: choice.period };
}
