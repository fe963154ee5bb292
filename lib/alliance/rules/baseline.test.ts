import { describe, expect, it } from "vitest";
import { Baseline } from "./baseline";

function of(totals: number[]): Baseline {
  const b = new Baseline();
  for (const t of totals) b.add(t);
  return b;
}

describe("Baseline (the usual level B)", () => {
  it.each([
    // [totals, n, mean, sample sd]
    [[], 0, 0, 0],
    [[90], 1, 90, 0],
    [[90, 90, 90], 3, 90, 0],
    [[100, 100, 91], 3, 97, Math.sqrt(27)],
    [[80, 90, 100], 3, 90, 10],
    [[2, 4, 4, 4, 5, 5, 7, 9], 8, 5, Math.sqrt(32 / 7)],
  ])("%j → n %s, mean %s, sd %s", (totals, n, mean, sd) => {
    const b = of(totals);
    expect(b.n).toBe(n);
    expect(b.mean).toBeCloseTo(mean, 12);
    expect(b.sd()).toBeCloseTo(sd, 12);
  });

  it("starts afresh when cleared", () => {
    const b = of([50, 60, 70]);
    b.clear();
    expect([b.n, b.mean, b.sd()]).toEqual([0, 0, 0]);
    b.add(95);
    expect([b.n, b.mean, b.sd()]).toEqual([1, 95, 0]);
  });
});
