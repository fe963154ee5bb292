import { EPSILON } from "../tolerance";

/**
 * Rule `drop`: a sudden fall of the alliance total (the first arm of a V-shaped dip).
 *
 * Fires at a session when the previous total minus this session's total is at least `drop` points.
 * "Previous" is the latest earlier session that has a total; without one (or without a total here)
 * the rule cannot fire. A fall of exactly `drop` fires; comparisons allow for floating-point error
 * (EPSILON), so 9.999999999999998 between means of three subscales counts as 10.
 * Default drop: 10 points (docs/rupture-engine.md, "Parameters").
 */
export function firesDrop(total: number | null, previous: number | null, drop: number): boolean {
  if (total === null || previous === null) return false;
  return previous - total >= drop - EPSILON;
}
