import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS, WAI_SR_STRUCTURE, withItemText } from "@/lib/alliance";
import { clinicEngineParams, clinicInstrument } from "./clinic-settings";

const licensed = withItemText(
  { ...WAI_SR_STRUCTURE, norms: { sd: 12, r: 0.9 } },
  Object.fromEntries(WAI_SR_STRUCTURE.items.map((i) => [i.id, { nb: `Påstand ${i.id}`, en: `Statement ${i.id}` }])),
);

describe("clinic settings", () => {
  it.each([
    ["no settings", { engineParams: "{}", instrument: null }, { cutoff: 80, drop: 10, norms: null }],
    ["an override", { engineParams: '{"cutoff":70}', instrument: null }, { cutoff: 70, drop: 10, norms: null }],
    ["unparsable overrides fall back to the defaults", { engineParams: "{not json", instrument: null }, { cutoff: 80, drop: 10, norms: null }],
    ["an unknown key is refused, so the defaults hold", { engineParams: '{"cutof":70}', instrument: null }, { cutoff: 80, drop: 10, norms: null }],
    ["an instrument with norms turns reliable-drop on", { engineParams: "{}", instrument: JSON.stringify(licensed) }, { cutoff: 80, drop: 10, norms: { sd: 12, r: 0.9 } }],
  ])("%s", (_name, clinic, expected) => {
    const p = clinicEngineParams(clinic);
    expect({ cutoff: p.cutoff, drop: p.drop, norms: p.norms }).toEqual(expected);
    expect(p.window).toBe(DEFAULT_PARAMS.window);
  });

  it.each([
    ["none set", null, "brief-alliance-check"],
    ["not JSON", "{", "brief-alliance-check"],
    ["a licensed structure without its wording", JSON.stringify(WAI_SR_STRUCTURE), "brief-alliance-check"],
    ["a licensed structure with the clinic's wording", JSON.stringify(licensed), WAI_SR_STRUCTURE.id],
  ])("instrument: %s → %s", (_name, instrument, expected) => {
    expect(clinicInstrument({ instrument }).id).toBe(expected);
  });
});
