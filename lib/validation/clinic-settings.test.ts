import { describe, expect, it } from "vitest";
import { RULE_NAMES } from "@/lib/alliance";
import { formFields } from "./form-input";
import { changedParamKeys, clinicSettingsUpdateSchema, ruleField, settingsFormShape, settingsFromForm } from "./clinic-settings";

const allRulesOn = Object.fromEntries(RULE_NAMES.map((r) => [ruleField(r), "on"]));
const engine = (fields: Record<string, string>) => settingsFromForm(formFields({ section: "engine", normsMode: "instrument", ...allRulesOn, ...fields }, settingsFormShape));

describe("settingsFromForm", () => {
  it.each<[string, Record<string, string>, Record<string, unknown>]>([
    ["the defaults as shown: no overrides", { cutoff: "80", drop: "10", k: "2", window: "5", rciCritical: "1.96" }, { engineParams: {} }],
    ["empty fields follow the default", { cutoff: "", drop: " " }, { engineParams: {} }],
    ["a changed threshold", { cutoff: "75", drop: "10" }, { engineParams: { cutoff: 75 } }],
    ["a decimal comma", { k: "1,5" }, { engineParams: { k: 1.5 } }],
    ["text stays text, for the schema to refuse", { window: "five" }, { engineParams: { window: "five" } }],
    ["own norms", { normsMode: "custom", normsSd: "12", normsR: "0.9" }, { engineParams: { norms: { sd: 12, r: 0.9 } } }],
    ["own norms with a number missing", { normsMode: "custom", normsSd: "12" }, { engineParams: { norms: { sd: 12, r: undefined } } }],
    ["norms off", { normsMode: "off", normsSd: "12" }, { engineParams: { norms: null } }],
    ["norms from the instrument ignore the fields", { normsSd: "12", normsR: "0.9" }, { engineParams: {} }],
  ])("engine: %s", (_name, fields, expected) => {
    expect(engine(fields)).toEqual(expected);
  });

  it("a rule unticked is switched off; ticked rules are left to their default (on)", () => {
    const fields = formFields({ section: "engine", normsMode: "instrument", ...allRulesOn, [ruleField("low-score")]: "", [ruleField("drop")]: "" }, settingsFormShape);
    expect(settingsFromForm(fields)).toEqual({ engineParams: { rules: { "low-score": false, drop: false } } });
  });

  it.each<[string, Record<string, string>, Record<string, unknown>]>([
    ["general", { section: "general", name: "Solbakken", defaultLocale: "en", ratingLinkHours: "48", cutoff: "1" }, { name: "Solbakken", defaultLocale: "en", ratingLinkHours: 48 }],
    ["general with an empty name", { section: "general", name: "", ratingLinkHours: "48" }, { ratingLinkHours: 48 }],
    ["instrument", { section: "instrument", instrument: "wai-sr", name: "x" }, { instrument: "wai-sr" }],
    ["instrument not chosen", { section: "instrument" }, { instrument: "" }],
    ["no section: nothing", { name: "x" }, {}],
  ])("section %s", (_name, fields, expected) => {
    expect(settingsFromForm(formFields(fields, settingsFormShape))).toEqual(expected);
  });

  it("what the form builds is what the API schema checks", () => {
    expect(clinicSettingsUpdateSchema.safeParse(engine({ cutoff: "75", normsMode: "custom", normsSd: "12", normsR: "0.9" })).success).toBe(true);
    expect(clinicSettingsUpdateSchema.safeParse(engine({ cutoff: "120" })).success).toBe(false);
    expect(clinicSettingsUpdateSchema.safeParse(settingsFromForm(formFields({ section: "instrument" }, settingsFormShape))).success).toBe(false);
  });
});

describe("changedParamKeys", () => {
  it.each([
    [{}, {}, []],
    [{ cutoff: 75 }, { cutoff: 75 }, []],
    [{ cutoff: 75 }, {}, ["cutoff"]],
    [{}, { window: 6, k: 1.5 }, ["k", "window"]],
    [{ norms: null }, {}, ["norms"]],
    [{ rules: { drop: false } }, { rules: { drop: false } }, []],
    [{ rules: { drop: false } }, { rules: { deviation: false } }, ["rules"]],
  ])("%j → %j: %j", (before, after, expected) => {
    expect(changedParamKeys(before, after)).toEqual(expected);
  });
});
