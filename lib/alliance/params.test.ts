import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS, EngineParamsSchema, parseParams, resolveParams } from "./index";

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
