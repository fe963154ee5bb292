import type { Norms } from "../params";

/**
 * The reliable change index of Jacobson & Truax (1991) between two totals:
 * (total − previous) / (SD · √2 · √(1 − r)), with the instrument's norm SD and reliability r.
 */
export function reliableChangeIndex(total: number, previous: number, norms: Norms): number {
  return (total - previous) / (norms.sd * Math.SQRT2 * Math.sqrt(1 - norms.r));
}

/**
 * Rule `reliable-drop`: the fall since the previous total is larger than measurement error explains.
 *
 * Fires when the reliable change index from the previous total to this one is below −critical
 * (1.96: two-sided 95 %, Jacobson & Truax 1991). "Previous" is the latest earlier session that has a
 * total; without one, or without a total here, it cannot fire. The rule is off unless the instrument
 * has norms (SD and r of its total on 0–100): `norms` null never fires.
 * Defaults: norms none (off), critical 1.96 (docs/rupture-engine.md, "Parameters").
 */
export function firesReliableDrop(
  total: number | null,
  previous: number | null,
  norms: Norms | null,
  critical: number,
): boolean {
  if (total === null || previous === null || norms === null) return false;
  return reliableChangeIndex(total, previous, norms) < -critical;
}
