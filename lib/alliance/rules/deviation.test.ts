import { describe, expect, it } from "vitest";
import { Baseline } from "./baseline";
import { deviationThreshold, firesDeviation, type DeviationParams } from "./deviation";

const DEFAULTS: DeviationParams = { k: 2, sdFloor: 5, baselineMin: 3 };

function of(totals: number[]): Baseline {
  const b = new Baseline();
  for (const t of totals) b.add(t);
  return b;
}

describe("deviationThreshold: mean(B) − k·max(sd(B), sdFloor)", () => {
  it.each([
    // [B, k, sdFloor, threshold]
    [[95, 95, 95], 2, 5, 85], // sd 0: the floor decides
    [[100, 100, 91], 2, 5, 97 - 2 * Math.sqrt(27)], // sd 5.196 above the floor
    [[80, 90, 100], 2, 5, 70],
    [[80, 90, 100], 1, 5, 80],
    [[95, 95, 95], 2, 0, 95],
    [[95, 95, 95], 3, 5, 80],
  ])("B %j, k %s, sdFloor %s → %s", (totals, k, sdFloor, threshold) => {
    expect(deviationThreshold(of(totals), k, sdFloor)).toBeCloseTo(threshold, 12);
  });
});

describe("firesDeviation (k 2, sdFloor 5, |B| ≥ 3 unless given)", () => {
  it.each([
    // [why, B, total, params, fires]
    ["well below the usual level (sd above the floor)", [100, 100, 91], 85, {}, true],
    ["exactly at the threshold does not fire", [95, 95, 95], 85, {}, false],
    ["just below the threshold fires", [95, 95, 95], 84.9, {}, true],
    ["|B| = 2 is too few", [90, 90], 70, {}, false],
    ["|B| = 3 is enough", [90, 90, 90], 70, {}, true],
    ["baselineMin 4 needs four sessions", [90, 90, 90], 70, { baselineMin: 4 }, false],
    ["sdFloor 0: a steady patient's small dip fires", [95, 95, 95], 94.9, { sdFloor: 0 }, true],
    ["k 3 widens the band", [95, 95, 95], 84.9, { k: 3 }, false],
    ["above the usual level", [80, 80, 80], 90, {}, false],
    ["no total: never fires", [95, 95, 95], null, {}, false],
    ["an empty B never fires", [], 0, {}, false],
  ] as const)("%s", (_why, totals, total, overrides, fires) => {
    expect(firesDeviation(total, of([...totals]), { ...DEFAULTS, ...overrides })).toBe(fires);
  });
});
