import { describe, expect, it } from "vitest";
import { usualBand, type BandSpan } from "./usual-band";

const P = { k: 2, sdFloor: 5, baselineMin: 3 };
const sessions = (totals: (number | null)[]) => totals.map((total, i) => ({ number: i + 1, total }));

describe("usualBand: mean(B) ± k·max(sd(B), sdFloor) over the sessions outside every rupture", () => {
  it.each([
    // [why, totals by session 1…, spans, band or null]
    ["three steady sessions: the floor decides", [90, 90, 90], [], { mean: 90, low: 80, high: 100, n: 3, from: 1 }],
    ["unrated sessions are not part of B", [90, null, 90, null, 90], [], { mean: 90, low: 80, high: 100, n: 3, from: 1 }],
    ["two sessions are too few", [90, 90, null], [], null],
    ["a wide spread sets the band", [80, 90, 100], [], { mean: 90, low: 70, high: 100, n: 3, from: 1 }],
    ["the band stays within 0–100", [10, 10, 10], [], { mean: 10, low: 0, high: 20, n: 3, from: 1 }],
    ["sessions in a rupture are left out, and B starts afresh after its close", [90, 90, 90, 50, 60, 85, 86, 87], [{ onset: 4, closedAt: 5 }], { mean: 86, low: 76, high: 96, n: 3, from: 6 }],
    ["after a close with too few sessions since, no band", [90, 90, 90, 50, 85], [{ onset: 4, closedAt: 4 }], null],
    ["an open rupture freezes B at its onset", [90, 90, 90, 50, 55, 60], [{ onset: 4, closedAt: null }], { mean: 90, low: 80, high: 100, n: 3, from: 1 }],
  ] as [string, (number | null)[], BandSpan[], unknown][])("%s", (_why, totals, spans, band) => {
    const got = usualBand(sessions(totals), spans, P);
    if (band === null) expect(got).toBeNull();
    else expect(got).toEqual(band);
  });

  it("k and sdFloor come from the clinic's parameters", () => {
    expect(usualBand(sessions([90, 90, 90]), [], { k: 1, sdFloor: 3, baselineMin: 3 })).toEqual({ mean: 90, low: 87, high: 93, n: 3, from: 1 });
    expect(usualBand(sessions([90, 90, 90]), [], { k: 2, sdFloor: 5, baselineMin: 4 })).toBeNull();
  });
});
