import { describe, expect, it } from "vitest";
import { firesLowScore } from "./low-score";

describe("firesLowScore (cutoff 80 unless given)", () => {
  it.each([
    // [why, total, previous, cutoff, fires]
    ["a fall below the cutoff", 79, 85, 80, true],
    ["exactly at the cutoff is not low", 80, 85, 80, false],
    ["a previous total exactly at the cutoff counts as at or above", 79, 80, 80, true],
    ["the first total below the cutoff (no previous)", 79, null, 80, true],
    ["the first total at the cutoff", 80, null, 80, false],
    ["staying below: not flagged again", 77, 78, 80, false],
    ["a rise from below to still below", 79, 60, 80, false],
    ["just below, within floating-point error, is not below", 80 - 1e-12, 90, 80, false],
    ["a previous total a hair under the cutoff counts as at it", 70, 80 - 1e-12, 80, true],
    ["no total: never fires", null, 90, 80, false],
    ["another cutoff", 74.9, 80, 75, true],
    ["another cutoff, above it", 79, 85, 70, false],
  ] as const)("%s", (_why, total, previous, cutoff, fires) => {
    expect(firesLowScore(total, previous, cutoff)).toBe(fires);
  });
});
