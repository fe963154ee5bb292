import { describe, expect, it } from "vitest";
import { firesPatientReported } from "./patient-reported";

describe("firesPatientReported: was anything difficult between us today?", () => {
  it.each([
    ["some", true],
    ["a-lot", true],
    ["none", false],
    [null, false],
    [undefined, false],
  ] as const)("%s → %s", (difficulty, fires) => {
    expect(firesPatientReported(difficulty)).toBe(fires);
  });
});
