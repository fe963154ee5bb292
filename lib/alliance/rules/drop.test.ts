import { describe, expect, it } from "vitest";
import { firesDrop } from "./drop";

describe("firesDrop (drop 10 unless given)", () => {
  it.each([
    // [why, total, previous, drop, fires]
    ["a fall of exactly 10 fires", 85, 95, 10, true],
    ["a fall of 9.9 does not", 85.1, 95, 10, false],
    ["10 between means of three subscales (floating point)", (83 + 84 + 84) / 3, (93 + 94 + 94) / 3, 10, true],
    ["a larger fall", 60, 95, 10, true],
    ["a rise is not a drop", 95, 85, 10, false],
    ["no change", 85, 85, 10, false],
    ["no previous total: cannot fire", 50, null, 10, false],
    ["no total here: cannot fire", null, 95, 10, false],
    ["drop 20: a fall of 10 does not fire", 85, 95, 20, false],
    ["drop 20: exactly 20 fires", 75, 95, 20, true],
    ["works below the cutoff too", 30, 45, 10, true],
  ] as const)("%s", (_why, total, previous, drop, fires) => {
    expect(firesDrop(total, previous, drop)).toBe(fires);
  });
});
