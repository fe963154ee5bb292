import type { Difficulty } from "../types";

/**
 * Rule `patient-reported`: the patient says something was difficult between them today.
 *
 * Fires when the answer to "Was anything difficult between us today?" is `some` or `a-lot`; `none`
 * or no answer does not fire. It needs no scores: a session with only this answer takes part.
 * The patient's "Did we talk about it?" answer does not change whether it fires; it decides an
 * in-session repair (rules/lifecycle.ts). On by default (Eubanks, Muran & Safran 2018).
 */
export function firesPatientReported(difficulty: Difficulty | null | undefined): boolean {
  return difficulty === "some" || difficulty === "a-lot";
}
