import { describe, expect, it } from "vitest";
import { dimensionLabel, explainFiring, formatNumber, RULE_NAMES, type RuleFiring } from "./index";
import { ruleLabel } from "./explain";

describe("formatNumber", () => {
  it.each([
    [72, "en", 1, "72"],
    [85.3333, "en", 1, "85.3"],
    [85.3333, "nb", 1, "85,3"],
    [-2.054, "en", 2, "\u22122.05"],
    [-0.01, "en", 1, "0"],
    [0.96, "nb", 1, "1"],
    [10.05, "nb", 2, "10,05"],
  ] as const)("%s (%s, %s decimals) → %s", (x, locale, d, s) => {
    expect(formatNumber(x, locale, d)).toBe(s);
  });
});

describe("dimensionLabel", () => {
  it.each([
    ["bond", "en", "strain in the bond"],
    ["goals", "en", "disagreement about goals"],
    ["tasks", "en", "disagreement about tasks"],
    ["bond", "nb", "belastning i relasjonen (båndet)"],
    ["goals", "nb", "uenighet om mål"],
    ["tasks", "nb", "uenighet om oppgaver"],
  ] as const)("%s/%s", (d, l, s) => {
    expect(dimensionLabel(d, l)).toBe(s);
  });
});

const F: Record<string, RuleFiring> = {
  low: { rule: "low-score", session: 4, total: 72, cutoff: 80, previous: 89, previousSession: 3 },
  lowFirst: { rule: "low-score", session: 1, total: 70, cutoff: 80, previous: null, previousSession: null },
  drop: { rule: "drop", session: 4, total: 72, previous: 89, previousSession: 3, fall: 17, drop: 10 },
  dev: { rule: "deviation", session: 4, total: 72, baselineMean: 89, baselineSd: 1, baselineN: 3, threshold: 79, k: 2, sdFloor: 5 },
  rel: { rule: "reliable-drop", session: 2, total: 82.5, previous: 95, previousSession: 1, rci: -1.976, sd: 10, r: 0.8, critical: 1.96 },
  pat: { rule: "patient-reported", session: 3, difficulty: "some", talkedAbout: "yes" },
  patNone: { rule: "patient-reported", session: 3, difficulty: "a-lot", talkedAbout: null },
  ther: { rule: "therapist-observed", session: 2, marker: "withdrawal", markerDimension: "goals" },
  therNone: { rule: "therapist-observed", session: 2, marker: "confrontation", markerDimension: null },
};

describe("explainFiring", () => {
  it.each([
    ["low", "en", "The alliance total fell below the cutoff of 80: 72 now, 89 in session 3."],
    ["low", "nb", "Samlet alliansescore falt under grenseverdien 80: 72 nå, 89 i time 3."],
    ["lowFirst", "en", "The alliance total is 70, below the cutoff of 80 (first session with a score)."],
    ["drop", "en", "The alliance total dropped 17 points, from 89 in session 3 to 72 (a drop of 10 or more is flagged)."],
    ["drop", "nb", "Samlet alliansescore falt 17 poeng, fra 89 i time 3 til 72 (et fall på 10 eller mer gir flagg)."],
    [
      "dev",
      "en",
      "The alliance total 72 is below this patient's usual level: mean 89 over 3 sessions, SD 1 (at least 5), threshold 89 − 2 × 5 = 79.",
    ],
    [
      "rel",
      "en",
      "Reliable drop (Jacobson & Truax): from 95 in session 1 to 82.5, reliable change index \u22121.98 (below −1.96; norm SD 10, reliability 0.8).",
    ],
    [
      "rel",
      "nb",
      "Reliabelt fall (Jacobson & Truax): fra 95 i time 1 til 82,5, reliabel endringsindeks \u22121,98 (under −1,96; norm-SD 10, reliabilitet 0,8).",
    ],
    ["pat", "en", 'The patient answered that something was difficult between you today ("a little"). Did you talk about it: yes.'],
    ["pat", "nb", "Pasienten svarte at noe var vanskelig mellom dere i dag («litt»). Snakket dere om det: ja."],
    ["patNone", "en", 'The patient answered that something was difficult between you today ("a lot"). Did you talk about it: not answered.'],
    ["ther", "en", "The therapist logged a rupture marker: withdrawal, about disagreement about goals."],
    ["ther", "nb", "Terapeuten registrerte en bruddmarkør: tilbaketrekning, knyttet til uenighet om mål."],
    ["therNone", "en", "The therapist logged a rupture marker: confrontation."],
  ] as const)("%s in %s", (key, locale, text) => {
    expect(explainFiring(F[key], locale)).toBe(text);
  });

  it("has a sentence in both languages for every rule", () => {
    for (const f of Object.values(F)) {
      expect(explainFiring(f, "en")).not.toBe(explainFiring(f, "nb"));
    }
    for (const r of RULE_NAMES) {
      expect(ruleLabel(r, "en")).toBeTruthy();
      expect(ruleLabel(r, "nb")).toBeTruthy();
    }
  });
});
