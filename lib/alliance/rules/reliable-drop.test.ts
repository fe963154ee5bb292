import { describe, expect, it } from "vitest";
import { firesReliableDrop, reliableChangeIndex } from "./reliable-drop";

const NORMS = { sd: 10, r: 0.8 }; // SE of the difference: 10·√2·√0.2 = 6.32

describe("reliableChangeIndex: (total − previous) / (SD·√2·√(1 − r))", () => {
  it.each([
    [82.5, 95, NORMS, -12.5 / Math.sqrt(40)],
    [83, 95, NORMS, -12 / Math.sqrt(40)],
    [95, 95, NORMS, 0],
    [90, 80, { sd: 5, r: 0.5 }, 10 / 5],
  ])("%s after %s with %j → %s", (total, previous, norms, rci) => {
    expect(reliableChangeIndex(total, previous, norms)).toBeCloseTo(rci, 12);
  });
});

describe("firesReliableDrop (critical 1.96 unless given)", () => {
  it.each([
    // [why, total, previous, norms, critical, fires]
    ["RCI −1.98 is a reliable fall", 82.5, 95, NORMS, 1.96, true],
    ["RCI −1.90 is not", 83, 95, NORMS, 1.96, false],
    ["RCI −1.90 is with a one-sided criterion 1.645", 83, 95, NORMS, 1.645, true],
    ["a reliable rise is not a drop", 95, 82.5, NORMS, 1.96, false],
    ["off without norms", 0, 100, null, 1.96, false],
    ["no previous total: cannot fire", 50, null, NORMS, 1.96, false],
    ["no total here: cannot fire", null, 95, NORMS, 1.96, false],
  ] as const)("%s", (_why, total, previous, norms, critical, fires) => {
    expect(firesReliableDrop(total, previous, norms, critical)).toBe(fires);
  });
});
