import { sessionTotal, type RuptureStatus } from "@/lib/alliance";
import { FALLING_TREND, LOW_COMPLETION, WIDE_GAP } from "./attention";
import { NO_SUMS, mean, median, olsSlope, sumsOf, type Sums } from "./stats";

// The supervisor figures of docs/instruments-and-figures.md, computed from one therapist's caseload
// over a period. Pure (time comes in as the period), so the supervisor home, the API and any report
// compute them the same way. A figure with too little data behind it is no number but a reason.
// Sessions enter as per-episode statistics (`episodeStats`): counts and sums, which the database
// can add up without sending every session (lib/data/supervision-queries.ts, held equal by a test).

/** From (inclusive) to (exclusive), as instants: a session belongs to the period by its date. */
export type Period = { from: Date; to: Date };
export type Subscales = { bond: number | null; goals: number | null; tasks: number | null };
export type FigureSession = { number: number; date: Date; patient: Subscales | null; therapist: Subscales | null };
/** A rupture that counts (current, not dismissed: the caller filters), dated by its onset session. */
export type FigureRupture = { id: string; onset: number; onsetDate: Date | null; status: RuptureStatus; sessionsToRepair: number | null };
/** One treatment episode's sessions in the period, summed. */
export type EpisodeStats = {
  sessions: number;
  /** Sessions with a patient rating. */
  rated: number;
  /** Points (session number, patient total) of the sessions with a patient total. */
  totals: Sums;
  /** Therapist total − patient total over sessions with both: count and sum. */
  gap: { n: number; sum: number };
};
export const NO_STATS: EpisodeStats = { sessions: 0, rated: 0, totals: NO_SUMS, gap: { n: 0, sum: 0 } };
export type FigureEpisode = {
  id: string;
  patientId: string;
  startDate: Date;
  endDate: Date | null;
  stats: EpisodeStats;
  ruptures: readonly FigureRupture[];
};
export type Caseload = { therapistId: string; name: string; episodes: readonly FigureEpisode[] };

export type NoFigureReason = "too-few-sessions" | "no-ruptures-closed" | "no-repairs" | "too-few-ratings" | "too-few-pairs";
export type Figure = { value: number; reason?: undefined } | { value: null; reason: NoFigureReason };

/** The least data behind a figure before it is shown as a number. */
export const MINIMUMS = {
  /** Sessions in the period before completion is a share worth reading. */
  completionSessions: 5,
  /** Patient totals in the period for a treatment episode's slope to count. */
  trendTotals: 3,
  /** Treatment episodes with a slope before their mean stands for the caseload. */
  trendEpisodes: 2,
  /** Sessions with both a therapist and a patient total. */
  gapPairs: 3,
} as const;

export type AttentionReason = "unrepaired" | "open" | "falling-trend" | "low-completion" | "wide-gap";
export type SuperviseeFigures = {
  therapistId: string;
  name: string;
  activePatients: number;
  sessions: number;
  ratedSessions: number;
  /** Rated sessions ÷ sessions, 0–1. */
  completion: Figure;
  ruptures: { open: number; repaired: number; unrepaired: number };
  /** Repaired ÷ (repaired + unrepaired), 0–1. */
  repairRate: Figure;
  medianSessionsToRepair: Figure;
  /** Mean of the per-episode least-squares slopes, in points per 10 sessions. */
  trend: Figure;
  /** Mean of therapist total − patient total, in points (0–100 scale). */
  gap: Figure;
  /** Rank 0 (unrepaired ruptures) … 3 (nothing to raise), with every reason that applies. */
  attention: { rank: number; reasons: AttentionReason[] };
};

const inPeriod = (d: Date | null, p: Period) => d !== null && d >= p.from && d < p.to;

/** The statistics of the sessions dated in the period. */
export function episodeStats(sessions: readonly FigureSession[], period: Period): EpisodeStats {
  const within = sessions.filter((s) => inPeriod(s.date, period));
  const points = within.flatMap((s) => {
    const y = s.patient ? sessionTotal(s.patient) : null;
    return y === null ? [] : [{ x: s.number, y }];
  });
  const gaps = within.flatMap((s) => {
    const p = s.patient ? sessionTotal(s.patient) : null;
    const t = s.therapist ? sessionTotal(s.therapist) : null;
    return p === null || t === null ? [] : [t - p];
  });
  return { sessions: within.length, rated: within.filter((s) => s.patient !== null).length, totals: sumsOf(points), gap: { n: gaps.length, sum: gaps.reduce((a, b) => a + b, 0) } };
}

const figure = (value: number | null, reason: NoFigureReason): Figure => (value === null ? { value: null, reason } : { value });

export function superviseeFigures(caseload: Caseload, period: Period): SuperviseeFigures {
  // A patient counts as active when a treatment episode of theirs was open during the period.
  const episodes = caseload.episodes.filter((e) => e.startDate < period.to && (e.endDate === null || e.endDate >= period.from));
  const activePatients = new Set(episodes.map((e) => e.patientId)).size;
  const stats = caseload.episodes.map((e) => e.stats);
  const sessions = stats.reduce((a, x) => a + x.sessions, 0);
  const rated = stats.reduce((a, x) => a + x.rated, 0);
  const completion = sessions >= MINIMUMS.completionSessions ? rated / sessions : null;

  const ruptures = caseload.episodes.flatMap((e) => e.ruptures.filter((r) => inPeriod(r.onsetDate, period)));
  const count = (status: RuptureStatus) => ruptures.filter((r) => r.status === status).length;
  const counts = { open: count("open"), repaired: count("repaired"), unrepaired: count("unrepaired") };
  const closed = counts.repaired + counts.unrepaired;
  const toRepair = ruptures.filter((r) => r.status === "repaired" && r.sessionsToRepair !== null).map((r) => r.sessionsToRepair!);

  const slopes = stats.flatMap((x) => {
    const slope = x.totals.n >= MINIMUMS.trendTotals ? olsSlope(x.totals) : null;
    return slope === null ? [] : [slope];
  });
  const trend = slopes.length >= MINIMUMS.trendEpisodes ? mean(slopes)! * 10 : null;

  const pairs = stats.reduce((a, x) => a + x.gap.n, 0);
  const gap = pairs >= MINIMUMS.gapPairs ? stats.reduce((a, x) => a + x.gap.sum, 0) / pairs : null;

  const reasons: AttentionReason[] = [];
  if (counts.unrepaired > 0) reasons.push("unrepaired");
  if (counts.open > 0) reasons.push("open");
  if (trend !== null && trend <= FALLING_TREND) reasons.push("falling-trend");
  if (completion !== null && completion < LOW_COMPLETION) reasons.push("low-completion");
  if (gap !== null && Math.abs(gap) >= WIDE_GAP) reasons.push("wide-gap");
  const rank = reasons.includes("unrepaired") ? 0 : reasons.includes("open") ? 1 : reasons.length ? 2 : 3;

  return {
    therapistId: caseload.therapistId,
    name: caseload.name,
    activePatients,
    sessions,
    ratedSessions: rated,
    completion: figure(completion, "too-few-sessions"),
    ruptures: counts,
    repairRate: figure(closed ? counts.repaired / closed : null, "no-ruptures-closed"),
    medianSessionsToRepair: figure(median(toRepair), "no-repairs"),
    trend: figure(trend, "too-few-ratings"),
    gap: figure(gap, "too-few-pairs"),
    attention: { rank, reasons },
  };
}

/**
 * Attention first: by rank; within a rank, more reasons first, then more open and unrepaired
 * ruptures, then lower completion (none counts as complete), then by name.
 */
export function byAttention(a: SuperviseeFigures, b: SuperviseeFigures): number {
  const pending = (f: SuperviseeFigures) => f.ruptures.open + f.ruptures.unrepaired;
  return (
    a.attention.rank - b.attention.rank ||
    b.attention.reasons.length - a.attention.reasons.length ||
    pending(b) - pending(a) ||
    (a.completion.value ?? 1) - (b.completion.value ?? 1) ||
    a.name.localeCompare(b.name)
  );
}

/** Every supervisee's figures, needing attention first. */
export function supervisionSummary(caseloads: readonly Caseload[], period: Period): SuperviseeFigures[] {
  return caseloads.map((c) => superviseeFigures(c, period)).sort(byAttention);
}
