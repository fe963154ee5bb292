import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_PARAMS, EngineParamsSchema, NUMERIC_PARAMS, PARAM_INFO, parseParams, resolveParams } from "./index";

describe("EngineParamsSchema", () => {
  it.each([
    [{}, true],
    [{ cutoff: 70, drop: 15, k: 1.5, sdFloor: 3, tolerance: 0, window: 6 }, true],
    [{ norms: { sd: 12, r: 0.9 } }, true],
    [{ norms: null }, true],
    [{ rules: { deviation: false } }, true],
    [{ cutoff: 120 }, false],
    [{ drop: 0 }, false],
    [{ window: 0 }, false],
    [{ window: 2.5 }, false],
    [{ baselineMin: 1 }, false],
    [{ norms: { sd: 12, r: 1 } }, false],
    [{ norms: { sd: 0, r: 0.5 } }, false],
    [{ rules: { anger: true } }, false],
    [{ cutof: 70 }, false],
    [{ cutoff: "70" }, false],
  ])("%j → %s", (raw, ok) => {
    expect(EngineParamsSchema.safeParse(raw).success).toBe(ok);
  });
});

describe("resolveParams", () => {
  it("fills in the defaults and keeps overrides", () => {
    expect(resolveParams({})).toEqual(DEFAULT_PARAMS);
    expect(resolveParams(undefined)).toEqual(DEFAULT_PARAMS);
    expect(resolveParams({ cutoff: 70, rules: { drop: false } })).toEqual({ ...DEFAULT_PARAMS, cutoff: 70, rules: { drop: false } });
    expect(resolveParams({ cutoff: undefined })).toEqual(DEFAULT_PARAMS);
  });
  it("parseParams validates", () => {
    expect(parseParams({ window: 6 }).window).toBe(6);
    expect(() => parseParams({ window: -1 })).toThrow();
  });
  it("does not let callers change the defaults", () => {
    const p = resolveParams({});
    p.cutoff = 1;
    p.rules.drop = false;
    expect(DEFAULT_PARAMS.cutoff).toBe(80);
    expect(DEFAULT_PARAMS.rules).toEqual({});
  });
});

describe("PARAM_INFO", () => {
  it("documents every parameter with a label and a source in both languages", () => {
    expect(Object.keys(PARAM_INFO).sort()).toEqual(Object.keys(DEFAULT_PARAMS).sort());
    for (const info of Object.values(PARAM_INFO)) {
      for (const text of [info.label, info.source]) expect(text.nb.trim() && text.en.trim()).toBeTruthy();
    }
  });
  it("lists as numeric exactly the parameters whose default is a number", () => {
    const numeric = Object.entries(DEFAULT_PARAMS).filter(([, v]) => typeof v === "number").map(([k]) => k);
    expect([...NUMERIC_PARAMS].sort()).toEqual(numeric.sort());
  });
  it("names each parameter in the docs' table of defaults and sources", () => {
    const doc = readFileSync(path.join(import.meta.dirname, "..", "..", "docs", "rupture-engine.md"), "utf8");
    const table = doc.slice(doc.indexOf("| parameter | default | where the default comes from |"));
    for (const key of Object.keys(PARAM_INFO)) expect(table).toContain(`| \`${key}\` |`);
  });
});
