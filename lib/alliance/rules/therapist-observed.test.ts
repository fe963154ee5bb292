import { describe, expect, it } from "vitest";
import { firesTherapistObserved } from "./therapist-observed";

describe("firesTherapistObserved: the therapist's rupture marker", () => {
  it.each([
    ["withdrawal", true],
    ["confrontation", true],
    ["none", false],
    [null, false],
    [undefined, false],
  ] as const)("%s → %s", (marker, fires) => {
    expect(firesTherapistObserved(marker)).toBe(fires);
  });
});
