/**
 * Bookkeeping of the rupture episode the engine is following: the mutable `Open` record, opening it,
 * adding a firing to it, and turning it into the finished RuptureEpisode (dimensions and severity).
 * Used only by the engine; nothing here runs unless a rule has fired.
 */
import type { EngineParams } from "./params";
import type { Baseline } from "./rules/baseline";
import { RULE_BIT } from "./rules/fired";
import { preRuptureLevel } from "./rules/lifecycle";
import type { RecentSessions } from "./rules/recent-sessions";
import { EPSILON } from "./tolerance";
import type { Dimension, RuleFiring, RuptureEpisode, RuptureStatus, SessionInput } from "./types";

/** The rupture episode being followed (internal, mutable). */
export interface Open {
  onset: number;
  onsetIndex: number;
  lastFlagged: number;
  preRuptureLevel: number | null;
  /** Reference level per subscale for the dimension falls (pre-rupture means, else the cutoff). */
  refBond: number;
  refGoals: number;
  refTasks: number;
  /** Reference for severity (preRuptureLevel, else the cutoff) and its SD unit. */
  refTotal: number;
  sdUnit: number;
  minTotal: number;
  fallBond: number;
  fallGoals: number;
  fallTasks: number;
  anyScoreRule: boolean;
  markerDims: number;
  seen: number;
  rules: RuleFiring[];
  firings: RuleFiring[];
}

/** One bit per dimension, for `Open.markerDims` (the dimensions a therapist marker named). */
export const DIM_BIT: Record<Dimension, number> = { bond: 1, goals: 2, tasks: 4 };

/**
 * Open an episode at session `onset` (the `index`-th participating session): its pre-rupture level,
 * each subscale's pre-rupture mean (the cutoff where there is none) for the dimension falls, and
 * the severity unit max(sd(B) at onset, sdFloor).
 */
export function openRupture(
  onset: number,
  index: number,
  recent: RecentSessions,
  baseline: Baseline,
  p: Pick<EngineParams, "cutoff" | "sdFloor">,
): Open {
  const level = preRuptureLevel(recent);
  const sd = baseline.sd();
  return {
    onset,
    onsetIndex: index,
    lastFlagged: onset,
    preRuptureLevel: level,
    refBond: recent.meanScore("bond") ?? p.cutoff,
    refGoals: recent.meanScore("goals") ?? p.cutoff,
    refTasks: recent.meanScore("tasks") ?? p.cutoff,
    refTotal: level ?? p.cutoff,
    sdUnit: sd > p.sdFloor ? sd : p.sdFloor,
    minTotal: Infinity,
    fallBond: -Infinity,
    fallGoals: -Infinity,
    fallTasks: -Infinity,
    anyScoreRule: false,
    markerDims: 0,
    seen: 0,
    rules: [],
    firings: [],
  };
}

/** A score rule fired at `s`: keep each subscale's largest fall from its pre-rupture mean. */
export function noteFalls(o: Open, s: SessionInput): void {
  o.anyScoreRule = true;
  const { bond, goals, tasks } = s;
  if (bond != null && o.refBond - bond > o.fallBond) o.fallBond = o.refBond - bond;
  if (goals != null && o.refGoals - goals > o.fallGoals) o.fallGoals = o.refGoals - goals;
  if (tasks != null && o.refTasks - tasks > o.fallTasks) o.fallTasks = o.refTasks - tasks;
}

/**
 * The finished rupture episode: its dimensions (those that fell by `drop`, else the one that fell
 * most, plus any a therapist marker named) and its severity relative to the reference level.
 */
export function finish(o: Open, status: RuptureStatus, closedAt: number | null, repairedAt: number | null, drop: number): RuptureEpisode {
  const dimensions: Dimension[] = [];
  let mask = 0;
  if (o.anyScoreRule) {
    if (o.fallBond >= drop - EPSILON) mask |= 1;
    if (o.fallGoals >= drop - EPSILON) mask |= 2;
    if (o.fallTasks >= drop - EPSILON) mask |= 4;
    if (mask === 0) {
      // None fell by `drop`: the one that fell most (first in bond, goals, tasks order on a tie).
      let best = -Infinity;
      let bit = 0;
      if (o.fallBond > best) {
        best = o.fallBond;
        bit = 1;
      }
      if (o.fallGoals > best) {
        best = o.fallGoals;
        bit = 2;
      }
      if (o.fallTasks > best) {
        best = o.fallTasks;
        bit = 4;
      }
      if (best > -Infinity) mask |= bit;
    }
  }
  mask |= o.markerDims;
  if (mask & 1) dimensions.push("bond");
  if (mask & 2) dimensions.push("goals");
  if (mask & 4) dimensions.push("tasks");

  let points: number | null = null;
  let sds: number | null = null;
  if (o.minTotal !== Infinity) {
    points = Math.max(0, o.refTotal - o.minTotal);
    sds = o.sdUnit > 0 ? points / o.sdUnit : null;
  }
  return {
    onset: o.onset,
    lastFlagged: o.lastFlagged,
    rules: o.rules,
    firings: o.firings,
    dimensions,
    severity: { points, sds },
    preRuptureLevel: o.preRuptureLevel,
    status,
    repairedAt,
    closedAt,
    // Counted in session numbers: an unrated session in between still was a session of therapy.
    sessionsToRepair: repairedAt === null ? null : repairedAt - o.onset,
  };
}

/** Add a firing; the first firing of each rule also goes to `rules`. */
export function record(o: Open, f: RuleFiring): void {
  o.firings.push(f);
  const bit = RULE_BIT[f.rule];
  if ((o.seen & bit) === 0) {
    o.seen |= bit;
    o.rules.push(f);
  }
}
