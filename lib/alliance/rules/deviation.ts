import type { EngineParams } from "../params";
import { EPSILON } from "../tolerance";
import type { Baseline } from "./baseline";

/** The parameters the `deviation` rule reads. */
export type DeviationParams = Pick<EngineParams, "k" | "sdFloor" | "baselineMin">;

/**
 * The `deviation` threshold: mean(B) − k · max(sd(B), sdFloor), sd with n − 1. The floor keeps a
 * very steady patient (sd near 0) from being flagged for a two-point dip: with the defaults the
 * threshold is never less than 10 points below the mean.
 */
export function deviationThreshold(baseline: Baseline, k: number, sdFloor: number): number {
  const sd = baseline.sd();
  return baseline.mean - k * (sd > sdFloor ? sd : sdFloor);
}

/**
 * Rule `deviation`: the total is well below the patient's own usual level (a V-shaped dip as Stiles
 * et al. 2004 and Strauss et al. 2006 define it; Gumz et al. 2012: use the stricter criterion).
 *
 * B is the patient's usual level (see Baseline). Fires when B holds at least `baselineMin` sessions
 * and the total is below mean(B) − k · max(sd(B), sdFloor). A total exactly at the threshold does
 * not fire (EPSILON allows for floating-point error). A session without a total never fires.
 * Defaults: k 2, sdFloor 5, baselineMin 3 (docs/rupture-engine.md, "Parameters").
 */
export function firesDeviation(total: number | null, baseline: Baseline, p: DeviationParams): boolean {
  // The sample SD needs two sessions, whatever baselineMin says.
  if (total === null || baseline.n < p.baselineMin || baseline.n < 2) return false;
  return total < deviationThreshold(baseline, p.k, p.sdFloor) - EPSILON;
}
