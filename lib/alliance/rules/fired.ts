/**
 * Which rules fired at one session, as a bit set: one bit per rule, in the order of the rule table
 * in docs/rupture-engine.md. A bit set (not a list) so the engine allocates nothing for the many
 * sessions where no rule fires, and "only patient-reported fired" is a single comparison.
 */
import type { RuleName } from "../types";

export const LOW_SCORE = 1;
export const DROP = 2;
export const DEVIATION = 4;
export const RELIABLE_DROP = 8;
export const PATIENT_REPORTED = 16;
export const THERAPIST_OBSERVED = 32;

/** The rules that read the scores (low-score, drop, deviation, reliable-drop). */
export const SCORE_RULE_BITS = LOW_SCORE | DROP | DEVIATION | RELIABLE_DROP;

/** One bit per rule name. */
export const RULE_BIT: Readonly<Record<RuleName, number>> = Object.freeze({
  "low-score": LOW_SCORE,
  drop: DROP,
  deviation: DEVIATION,
  "reliable-drop": RELIABLE_DROP,
  "patient-reported": PATIENT_REPORTED,
  "therapist-observed": THERAPIST_OBSERVED,
});
