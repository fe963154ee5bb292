import type { Period } from "./figures";

// The weekly series behind the supervisor's trend chart (the report and the clinic trend): per
// calendar week (Monday to Sunday, UTC as dates are stored) the mean patient alliance total of the
// rated sessions, the rating completion, and the ruptures opened and repaired. Pure: the period is
// passed in. A week with no session has no mean and no completion (null), never a zero.
export type WeeklySession = { date: Date; rated: boolean; patientTotal: number | null };
/** A counted rupture: when its onset session was, and when the session that repaired it was (if it was). */
export type WeeklyRupture = { onsetDate: Date | null; repairDate: Date | null };
export type WeekPoint = {
  /** The week's Monday, YYYY-MM-DD. */
  week: string;
  sessions: number;
  rated: number;
  /** Mean patient total (0–100) of the week's rated sessions with a total; null without one. */
  meanAlliance: number | null;
  /** Rated ÷ sessions, 0–1; null in a week without sessions. */
  completion: number | null;
  opened: number;
  repaired: number;
};

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** The Monday (UTC midnight) of the week a moment falls in. */
export function weekStart(d: Date): Date {
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY);
}

export function weeklySeries(sessions: readonly WeeklySession[], ruptures: readonly WeeklyRupture[], period: Period): WeekPoint[] {
  const first = weekStart(period.from).getTime();
  const count = Math.max(0, Math.ceil((period.to.getTime() - first) / WEEK));
  const weeks = Array.from({ length: count }, (_, i) => ({ start: first + i * WEEK, sessions: 0, rated: 0, n: 0, sum: 0, opened: 0, repaired: 0 }));
  // Only moments inside the period count, even in the first and last weeks it cuts.
  const slot = (d: Date | null) => (d && d >= period.from && d < period.to ? weeks[Math.floor((d.getTime() - first) / WEEK)] : undefined);
  for (const s of sessions) {
    const w = slot(s.date);
    if (!w) continue;
    w.sessions += 1;
    if (s.rated) w.rated += 1;
    if (s.patientTotal !== null) {
      w.n += 1;
      w.sum += s.patientTotal;
    }
  }
  for (const r of ruptures) {
    const opened = slot(r.onsetDate);
    if (opened) opened.opened += 1;
    const repaired = slot(r.repairDate);
    if (repaired) repaired.repaired += 1;
  }
  return weeks.map((w) => ({
    week: new Date(w.start).toISOString().slice(0, 10),
    sessions: w.sessions,
    rated: w.rated,
    meanAlliance: w.n ? w.sum / w.n : null,
    completion: w.sessions ? w.rated / w.sessions : null,
    opened: w.opened,
    repaired: w.repaired,
  }));
}
