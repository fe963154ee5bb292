import { describe, expect, it } from "vitest";
import {
  answersSchema,
  BRIEF_ALLIANCE_CHECK,
  InstrumentSchema,
  missingItemText,
  paramsForInstrument,
  REPAIR_STRATEGIES,
  repairStrategyLabel,
  scoreAnswers,
  ScoringError,
  WAI_SR_STRUCTURE,
  withItemText,
  type Instrument,
} from "./index";

describe("BRIEF_ALLIANCE_CHECK", () => {
  it("is a valid instrument with one 0–10 item per dimension, text in nb and en", () => {
    expect(InstrumentSchema.safeParse(BRIEF_ALLIANCE_CHECK).success).toBe(true);
    expect(BRIEF_ALLIANCE_CHECK.id).toBe("brief-alliance-check");
    expect(BRIEF_ALLIANCE_CHECK.items.map((i) => [i.id, i.subscale, i.min, i.max, i.reverse])).toEqual([
      ["bond", "bond", 0, 10, false],
      ["goals", "goals", 0, 10, false],
      ["tasks", "tasks", 0, 10, false],
    ]);
    expect(BRIEF_ALLIANCE_CHECK.items.map((i) => i.text.en)).toEqual([
      "Today I felt safe and respected with my therapist",
      "We agree on what we are working towards",
      "What we did today made sense to me",
    ]);
    expect(missingItemText(BRIEF_ALLIANCE_CHECK)).toEqual([]);
  });
});

describe("WAI_SR_STRUCTURE", () => {
  it("has 12 items rated 1–5 with the Hatcher & Gillaspy subscales and no item text", () => {
    expect(InstrumentSchema.safeParse(WAI_SR_STRUCTURE).success).toBe(true);
    expect(WAI_SR_STRUCTURE.items).toHaveLength(12);
    const by = (sub: string) =>
      WAI_SR_STRUCTURE.items.filter((i) => i.subscale === sub).map((i) => Number(i.id.replace("item", "")));
    expect(by("tasks")).toEqual([1, 2, 10, 12]);
    expect(by("bond")).toEqual([3, 5, 7, 9]);
    expect(by("goals")).toEqual([4, 6, 8, 11]);
    expect(WAI_SR_STRUCTURE.items.every((i) => i.min === 1 && i.max === 5 && !i.reverse)).toBe(true);
    expect(WAI_SR_STRUCTURE.items.every((i) => i.text.nb === "" && i.text.en === "")).toBe(true);
    expect(WAI_SR_STRUCTURE.licensed).toBe(true);
    expect(missingItemText(WAI_SR_STRUCTURE)).toHaveLength(12);
  });
  it("takes the clinic's item text", () => {
    const texts = Object.fromEntries(WAI_SR_STRUCTURE.items.map((i) => [i.id, { nb: `nb ${i.id}`, en: `en ${i.id}` }]));
    const licensed = withItemText(WAI_SR_STRUCTURE, texts);
    expect(missingItemText(licensed)).toEqual([]);
    expect(licensed.items[2].text).toEqual({ nb: "nb item3", en: "en item3" });
    expect(missingItemText(withItemText(WAI_SR_STRUCTURE, { item1: { en: "x" } }), ["en"])).toHaveLength(11);
    expect(() => withItemText(WAI_SR_STRUCTURE, { item13: { en: "x" } })).toThrow(ScoringError);
  });
});

describe("InstrumentSchema", () => {
  const item = { id: "a", text: { nb: "a", en: "a" }, subscale: "bond", min: 0, max: 4 };
  const base = { id: "x", name: { nb: "x", en: "x" }, items: [item] };
  it.each([
    ["a minimal instrument (reverse defaults to false)", base, true],
    ["min not below max", { ...base, items: [{ ...item, min: 4 }] }, false],
    ["duplicate item ids", { ...base, items: [item, item] }, false],
    ["an unknown subscale", { ...base, items: [{ ...item, subscale: "trust" }] }, false],
    ["no items", { ...base, items: [] }, false],
    ["text missing a locale", { ...base, items: [{ ...item, text: { en: "a" } }] }, false],
    ["an unknown key", { ...base, colour: "red" }, false],
    ["norms with r = 1", { ...base, norms: { sd: 10, r: 1 } }, false],
    ["norms", { ...base, norms: { sd: 10, r: 0.9 } }, true],
  ])("%s → %s", (_n, raw, ok) => {
    expect(InstrumentSchema.safeParse(raw).success).toBe(ok);
  });
  it("defaults reverse to false", () => {
    expect(InstrumentSchema.parse(base).items[0].reverse).toBe(false);
  });
});

const REVERSE: Instrument = InstrumentSchema.parse({
  id: "rev",
  name: { nb: "r", en: "r" },
  items: [
    { id: "b1", text: { nb: "", en: "" }, subscale: "bond", min: 1, max: 5 },
    { id: "b2", text: { nb: "", en: "" }, subscale: "bond", min: 1, max: 5, reverse: true },
    { id: "g1", text: { nb: "", en: "" }, subscale: "goals", min: 1, max: 7 },
  ],
});

describe("scoreAnswers", () => {
  it.each([
    [BRIEF_ALLIANCE_CHECK, { bond: 10, goals: 8, tasks: 6 }, { bond: 100, goals: 80, tasks: 60, total: 80 }],
    [BRIEF_ALLIANCE_CHECK, { bond: 0, goals: 0, tasks: 0 }, { bond: 0, goals: 0, tasks: 0, total: 0 }],
    [BRIEF_ALLIANCE_CHECK, { bond: 7 }, { bond: 70, goals: null, tasks: null, total: 70 }],
    [BRIEF_ALLIANCE_CHECK, {}, { bond: null, goals: null, tasks: null, total: null }],
    [BRIEF_ALLIANCE_CHECK, { bond: 9, goals: null }, { bond: 90, goals: null, tasks: null, total: 90 }],
    [
      WAI_SR_STRUCTURE,
      Object.fromEntries(WAI_SR_STRUCTURE.items.map((i) => [i.id, 5])),
      { bond: 100, goals: 100, tasks: 100, total: 100 },
    ],
    [
      WAI_SR_STRUCTURE,
      // tasks 1,2,10,12 = 1 → 0; bond 3,5,7,9 = 3 → 50; goals 4,6,8,11 = 5,4,5,4 → 87.5
      { item1: 1, item2: 1, item10: 1, item12: 1, item3: 3, item5: 3, item7: 3, item9: 3, item4: 5, item6: 4, item8: 5, item11: 4 },
      { bond: 50, goals: 87.5, tasks: 0, total: 137.5 / 3 },
    ],
    [REVERSE, { b1: 5, b2: 1 }, { bond: 100, goals: null, tasks: null, total: 100 }],
    [REVERSE, { b1: 5, b2: 5, g1: 4 }, { bond: 50, goals: 50, tasks: null, total: 50 }],
  ])("%#: %j", (inst, answers, expected) => {
    const got = scoreAnswers(inst, answers);
    for (const k of ["bond", "goals", "tasks", "total"] as const) {
      if (expected[k] === null) expect(got[k]).toBeNull();
      else expect(got[k]).toBeCloseTo(expected[k] as number, 10);
    }
  });

  it.each([
    [{ bond: 11 }, "bond", "out-of-range"],
    [{ goals: -1 }, "goals", "out-of-range"],
    [{ tasks: 5.5 }, "tasks", "not-an-integer"],
    [{ tasks: Number.NaN }, "tasks", "not-a-number"],
    [{ bond: "7" as unknown as number }, "bond", "not-a-number"],
    [{ trust: 5 }, "trust", "unknown-item"],
  ])("%j → ScoringError on %s (%s)", (answers, itemId, code) => {
    let err: unknown;
    try {
      scoreAnswers(BRIEF_ALLIANCE_CHECK, answers);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ScoringError);
    expect(err).toMatchObject({ itemId, code });
    expect((err as Error).message).toContain(itemId);
  });
});

describe("answersSchema", () => {
  const schema = answersSchema(BRIEF_ALLIANCE_CHECK);
  it.each([
    [{ bond: 10, goals: 0, tasks: 5 }, true, ""],
    [{ bond: 10, goals: 0 }, false, "Please answer question 3"],
    [{ bond: 11, goals: 0, tasks: 5 }, false, "choose a whole number from 0 to 10"],
    [{ bond: -1, goals: 0, tasks: 5 }, false, "from 0 to 10"],
    [{ bond: 2.5, goals: 0, tasks: 5 }, false, "whole number"],
    [{ bond: "5", goals: 0, tasks: 5 }, false, "from 0 to 10"],
    [{ bond: 1, goals: 0, tasks: 5, extra: 1 }, false, 'Unknown question "extra"'],
    [{ bond: null, goals: 0, tasks: 5 }, false, "Please answer question 1"],
  ])("%j → %s", (input, ok, message) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(ok);
    if (!ok) expect(r.error!.issues.map((i) => i.message).join(" | ")).toContain(message);
  });
  it("names at most three unknown questions, each shortened, however long the client's keys", () => {
    const keys = Object.fromEntries(["a", "b", "c", "d"].map((c) => [c.repeat(100_000), 1]));
    const r = schema.safeParse({ bond: 1, goals: 0, tasks: 5, ...keys });
    expect(r.error!.issues[0].message).toBe(`Unknown question "${"a".repeat(40)}…, ${"b".repeat(40)}…, ${"c".repeat(40)}…".`);
  });
  it("names the question with its text", () => {
    const r = schema.safeParse({ goals: 0, tasks: 0 });
    expect(r.error!.issues[0].message).toBe("Please answer question 1 (“Today I felt safe and respected with my therapist”).");
    expect(r.error!.issues[0].path).toEqual(["bond"]);
  });
  it("speaks Norwegian", () => {
    const r = answersSchema(BRIEF_ALLIANCE_CHECK, { locale: "nb" }).safeParse({ bond: 12, goals: 0, tasks: 0 });
    expect(r.error!.issues[0].message).toBe(
      "spørsmål 1 («I dag følte jeg meg trygg og respektert sammen med terapeuten min»): velg et helt tall fra 0 til 10.",
    );
  });
  it("coerces form strings when asked", () => {
    const form = answersSchema(BRIEF_ALLIANCE_CHECK, { coerce: true });
    expect(form.parse({ bond: "10", goals: " 3 ", tasks: "0" })).toEqual({ bond: 10, goals: 3, tasks: 0 });
    expect(form.safeParse({ bond: "", goals: "3", tasks: "0" }).error!.issues[0].message).toMatch(/^Please answer/);
    expect(form.safeParse({ bond: "ten", goals: "3", tasks: "0" }).success).toBe(false);
    expect(form.safeParse({ bond: "3.5", goals: "3", tasks: "0" }).success).toBe(false);
  });
  it("agrees with scoreAnswers on valid answers", () => {
    const a = schema.parse({ bond: 3, goals: 4, tasks: 5 });
    expect(scoreAnswers(BRIEF_ALLIANCE_CHECK, a).total).toBeCloseTo(40, 10);
  });
});

describe("paramsForInstrument", () => {
  it("switches reliable-drop on with the instrument's norms; overrides win", () => {
    const withNorms = { ...BRIEF_ALLIANCE_CHECK, norms: { sd: 12, r: 0.85 } };
    expect(paramsForInstrument(withNorms).norms).toEqual({ sd: 12, r: 0.85 });
    expect(paramsForInstrument(withNorms, { norms: null }).norms).toBeNull();
    expect(paramsForInstrument(BRIEF_ALLIANCE_CHECK).norms).toBeNull();
    expect(paramsForInstrument(BRIEF_ALLIANCE_CHECK, { cutoff: 70 }).cutoff).toBe(70);
  });
});

describe("REPAIR_STRATEGIES", () => {
  it("lists the strategies of DESIGN.md with nb and en labels", () => {
    expect(REPAIR_STRATEGIES.map((s) => s.id)).toEqual([
      "clarify",
      "renegotiate",
      "metacommunicate",
      "explore-meaning",
      "acknowledge",
      "validate",
      "other",
    ]);
    for (const s of REPAIR_STRATEGIES) {
      expect(s.label.nb.length).toBeGreaterThan(0);
      expect(s.label.en.length).toBeGreaterThan(0);
    }
    expect(repairStrategyLabel("validate", "nb")).toBe("Validere og støtte");
  });
});
