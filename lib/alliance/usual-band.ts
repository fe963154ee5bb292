import type { EngineParams } from "./params";
import { Baseline } from "./rules/baseline";
import { deviationThreshold } from "./rules/deviation";

/** A session as the chart knows it: its number and patient total (null when unrated). */
export type BandSession = { number: number; total: number | null };
/** A rupture episode's span: onset to close, both included; an open one runs on (closedAt null). */
export type BandSpan = { onset: number; closedAt: number | null };
/** `from`: the first session of B, where the band starts on the chart. */
export type UsualBand = { mean: number; low: number; high: number; n: number; from: number };

/**
 * The patient's usual band as the `deviation` rule sees it now: B is the sessions with a total
 * that lie outside every rupture episode and after the close of the latest one (the engine's
 * contract, docs/rupture-engine.md), and the band is mean(B) ± k · max(sd(B), sdFloor). Its lower
 * edge is the line under which the next session would fire `deviation`. Null when B holds fewer
 * than `baselineMin` sessions (or two): then the rule cannot fire and no band is drawn.
 */
export function usualBand(sessions: readonly BandSession[], spans: readonly BandSpan[], p: Pick<EngineParams, "k" | "sdFloor" | "baselineMin">): UsualBand | null {
  const baseline = new Baseline();
  let from = 0;
  for (const s of sessions) {
    const span = spans.find((r) => s.number >= r.onset && (r.closedAt === null || s.number <= r.closedAt));
    if (span) {
      // The usual level starts afresh after an episode closes, as it does in the engine.
      if (span.closedAt === s.number) baseline.clear();
      continue;
    }
    if (s.total === null) continue;
    if (baseline.n === 0) from = s.number;
    baseline.add(s.total);
  }
  if (baseline.n < p.baselineMin || baseline.n < 2) return null;
  const low = deviationThreshold(baseline, p.k, p.sdFloor);
  const high = 2 * baseline.mean - low;
  return { mean: baseline.mean, low: Math.max(0, low), high: Math.min(100, high), n: baseline.n, from };
}
