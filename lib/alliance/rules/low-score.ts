import { EPSILON } from "../tolerance";

/**
 * Rule `low-score`: the alliance total falls below the cutoff.
 *
 * Fires at a session when its total is below `cutoff` and either there is no previous total (this
 * is the first session with a total) or the previous total was at or above the cutoff. So it marks
 * the fall below the line, not every low session: a patient who stays low is not flagged again.
 * "Previous" is the latest earlier session that has a total. A total exactly at the cutoff is not
 * low; comparisons allow for floating-point error (EPSILON). A session without a total never fires.
 * Default cutoff: 80 (docs/rupture-engine.md, "Parameters").
 */
export function firesLowScore(total: number | null, previous: number | null, cutoff: number): boolean {
  if (total === null || total >= cutoff - EPSILON) return false;
  return previous === null || previous >= cutoff - EPSILON;
}
