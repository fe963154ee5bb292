/**
 * The numbers behind each rule that fired at a session, recorded on the open rupture episode in
 * the order of the rule table (low-score, drop, deviation, reliable-drop, patient-reported,
 * therapist-observed). Runs only at flagged sessions inside an episode, so it may allocate.
 */
import type { EngineParams } from "./params";
import { DIM_BIT, noteFalls, record, type Open } from "./rupture-builder";
import type { Baseline } from "./rules/baseline";
import { deviationThreshold } from "./rules/deviation";
import * as F from "./rules/fired";
import { reliableChangeIndex } from "./rules/reliable-drop";
import type { SessionInput } from "./types";

/** What the rules saw at this session, before it became the previous one. */
export interface FiringContext {
  readonly params: EngineParams;
  /** Latest earlier total and its session, or null when there is none. */
  readonly previous: number | null;
  readonly previousSession: number | null;
  readonly baseline: Baseline;
}

/** Record the firings of `fired` (a bit set, rules/fired.ts) at session `s` on episode `o`. */
export function recordFirings(o: Open, s: SessionInput, total: number | null, fired: number, c: FiringContext): void {
  const session = s.number;
  o.lastFlagged = session;
  if (fired & F.SCORE_RULE_BITS) recordScoreFirings(o, session, total!, fired, c);
  if (fired & F.PATIENT_REPORTED) {
    record(o, {
      rule: "patient-reported",
      session,
      difficulty: s.difficulty as "some" | "a-lot",
      talkedAbout: s.talkedAbout ?? null,
    });
  }
  if (fired & F.THERAPIST_OBSERVED) {
    const markerDimension = s.markerDimension ?? null;
    record(o, { rule: "therapist-observed", session, marker: s.marker as "withdrawal" | "confrontation", markerDimension });
    if (markerDimension !== null) o.markerDims |= DIM_BIT[markerDimension];
  }
  if (fired & F.SCORE_RULE_BITS) noteFalls(o, s);
}

/** The score rules' firings; each fires only with a total (and drop / reliable-drop with a previous one). */
function recordScoreFirings(o: Open, session: number, total: number, fired: number, c: FiringContext): void {
  const p = c.params;
  const previous = c.previous;
  const previousSession = c.previousSession;
  if (fired & F.LOW_SCORE) {
    record(o, { rule: "low-score", session, total, cutoff: p.cutoff, previous, previousSession });
  }
  if (fired & F.DROP) {
    const prev = previous!;
    record(o, { rule: "drop", session, total, previous: prev, previousSession: previousSession!, fall: prev - total, drop: p.drop });
  }
  if (fired & F.DEVIATION) {
    const b = c.baseline;
    record(o, {
      rule: "deviation",
      session,
      total,
      baselineMean: b.mean,
      baselineSd: b.sd(),
      baselineN: b.n,
      threshold: deviationThreshold(b, p.k, p.sdFloor),
      k: p.k,
      sdFloor: p.sdFloor,
    });
  }
  if (fired & F.RELIABLE_DROP) {
    const norms = p.norms!;
    record(o, {
      rule: "reliable-drop",
      session,
      total,
      previous: previous!,
      previousSession: previousSession!,
      rci: reliableChangeIndex(total, previous!, norms),
      sd: norms.sd,
      r: norms.r,
      critical: p.rciCritical,
    });
  }
}
