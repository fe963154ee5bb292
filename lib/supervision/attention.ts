// What "needs attention" means, written once for the caseload, the supervisor figures and the
// triage list (docs/instruments-and-figures.md). Pure: no app imports, so every page counts alike.

/** A latest total this far below the mean of the up to three totals before it reads as falling. */
export const FALLING_BY = 5;
/** Below this share of rated sessions (from 3 sessions on), completion needs attention. */
export const LOW_COMPLETION = 0.6;
/** This many sessions in a row without a patient rating, up to the latest, is "missing ratings". */
export const MISSING_RUN = 3;
/** A therapist-minus-patient gap at least this wide (either way, points on 0–100) is worth raising. */
export const WIDE_GAP = 15;
/** A supervisee's mean trend at or below this (points per 10 sessions) is a falling caseload. */
export const FALLING_TREND = -3;

/** The latest total is at least FALLING_BY below the mean of the up to three totals before it. */
export function isFalling(totals: readonly number[]): boolean {
  if (totals.length < 2) return false;
  const before = totals.slice(-4, -1);
  const mean = before.reduce((a, b) => a + b, 0) / before.length;
  return totals[totals.length - 1] <= mean - FALLING_BY;
}

/** How many sessions at the end of the list (in session order) have no patient rating. */
export function trailingUnrated(rated: readonly boolean[]): number {
  let n = 0;
  for (let i = rated.length - 1; i >= 0 && !rated[i]; i--) n++;
  return n;
}
