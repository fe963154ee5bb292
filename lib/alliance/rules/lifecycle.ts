/**
 * The life of a rupture episode, one decision per function, read session by session over the
 * participating sessions (docs/rupture-engine.md, "The life of a rupture episode"):
 *
 * 1. Onset: no episode is open and a rule fires at session t → an episode opens at t.
 * 2. In-session repair: only `patient-reported` fired at onset and the patient says you talked about
 *    it (`yes`) → repaired at t itself.
 * 3. Later sessions while open: not flagged and total ≥ pre-rupture level − tolerance → repaired
 *    there; otherwise, at the `window`-th participating session after onset → unrepaired there.
 * 4. An episode spans onset to close, both included; a rule firing at the closing session does not
 *    open a new episode (the next flag after it does).
 * 5. End of treatment while open → unrepaired, closed at the last participating session; else open.
 *
 * Defaults: tolerance 5 points, window 5 sessions, pre-rupture level over up to 3 sessions.
 */
import type { RecentSessions } from "./recent-sessions";
import { EPSILON } from "../tolerance";
import type { RuptureStatus, TalkedAbout } from "../types";
import { PATIENT_REPORTED } from "./fired";

/** Onset: with no episode open, any rule firing (`fired`: the bit set of fired.ts) opens one. */
export function opensEpisode(fired: number): boolean {
  return fired !== 0;
}

/**
 * Onset: the pre-rupture level is the mean total of the last (up to `preRuptureSessions`) sessions
 * before onset that have a total and lie outside every episode; null if there are none.
 */
export function preRuptureLevel(recent: RecentSessions): number | null {
  return recent.meanTotal();
}

/**
 * In-session repair, decided at the onset session only: the only rule that fired is
 * `patient-reported`, and the patient answered `yes` to "Did we talk about it?" (`partly` is not).
 */
export function repairedInSession(fired: number, talkedAbout: TalkedAbout | null | undefined): boolean {
  return fired === PATIENT_REPORTED && talkedAbout === "yes";
}

/**
 * Repair at a later session u while an episode is open: no rule fired at u, u has a total, and
 * total_u ≥ pre-rupture level − tolerance; with no pre-rupture level, total_u ≥ cutoff.
 */
export function repairedLater(
  fired: number,
  total: number | null,
  level: number | null,
  tolerance: number,
  cutoff: number,
): boolean {
  if (fired !== 0 || total === null) return false;
  const needed = level === null ? cutoff : level - tolerance;
  return total >= needed - EPSILON;
}

/**
 * Unrepaired: the episode is still not repaired at the `window`-th participating session after
 * onset (counted in participating sessions: an unrated session neither closes nor extends it).
 * Gumz et al. (2012) saw declines last up to six sessions: the onset plus five more.
 */
export function unrepairedAtWindow(sessionsAfterOnset: number, window: number): boolean {
  return sessionsAfterOnset === window;
}

/**
 * Close at the end of the data: an episode still open when the treatment has ended is unrepaired
 * (closed at the last participating session); while treatment goes on it stays open.
 */
export function statusAtEnd(treatmentEnded: boolean): Extract<RuptureStatus, "open" | "unrepaired"> {
  return treatmentEnded ? "unrepaired" : "open";
}
