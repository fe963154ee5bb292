import { describe, expect, it } from "vitest";
import { enabledRules, EpisodeRun } from "./episode-run";
import { resolveParams } from "./params";
import * as F from "./rules/fired";
import type { EngineParamsOverrides } from "./params";
import type { SessionInput } from "./types";

const ALL = F.LOW_SCORE | F.DROP | F.DEVIATION | F.RELIABLE_DROP | F.PATIENT_REPORTED | F.THERAPIST_OBSERVED;

describe("enabledRules: a clinic's rule switches (missing = on)", () => {
  it.each([
    [{}, ALL],
    [{ "low-score": false }, ALL & ~F.LOW_SCORE],
    [{ drop: true, deviation: false, "therapist-observed": false }, ALL & ~F.DEVIATION & ~F.THERAPIST_OBSERVED],
    [{ "reliable-drop": false, "patient-reported": false }, ALL & ~F.RELIABLE_DROP & ~F.PATIENT_REPORTED],
  ])("%j", (switches, bits) => {
    expect(enabledRules(switches)).toBe(bits);
  });
});

/** The rules at the last of `totals` (each a session with that score on all three subscales). */
function firedAtLast(totals: number[], last: Partial<SessionInput>, params: EngineParamsOverrides = {}): number {
  const run = new EpisodeRun(resolveParams(params));
  totals.slice(0, -1).forEach((t, i) => run.read({ number: i + 1, bond: t, goals: t, tasks: t }));
  const t = totals[totals.length - 1];
  return run.rulesAt({ number: totals.length, bond: t, goals: t, tasks: t, ...last }, t);
}

describe("rulesAt: every rule is asked, and switched-off rules are left out", () => {
  it.each([
    ["a steady session", [90, 90, 90, 90], {}, {}, 0],
    ["a fall below the cutoff that is also a drop and a deviation", [95, 95, 95, 75], {}, {}, F.LOW_SCORE | F.DROP | F.DEVIATION],
    ["the same with norms: also a reliable drop", [95, 95, 95, 75], {}, { norms: { sd: 10, r: 0.8 } }, F.LOW_SCORE | F.DROP | F.DEVIATION | F.RELIABLE_DROP],
    ["reports at a steady session", [90, 90], { difficulty: "some", marker: "withdrawal" }, {}, F.PATIENT_REPORTED | F.THERAPIST_OBSERVED],
    ["drop switched off", [95, 95, 95, 75], {}, { rules: { drop: false } }, F.LOW_SCORE | F.DEVIATION],
  ] as const)("%s", (_why, totals, last, params, fired) => {
    expect(firedAtLast([...totals], last as Partial<SessionInput>, params as EngineParamsOverrides)).toBe(fired);
  });
});
