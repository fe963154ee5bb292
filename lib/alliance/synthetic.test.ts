import { describe, expect, it } from "vitest";
import { analyzeEpisode } from "./index";
import { syntheticEpisodes } from "./synthetic";
import { AS_OF } from "./test-helpers";

describe("syntheticEpisodes", () => {
  it("is deterministic, valid, and the reusing mode gives the same analysis", () => {
    const opts = { episodes: 50, sessionsPerEpisode: 30, seed: 5 };
    const fresh = [...syntheticEpisodes(opts)].map((e) => analyzeEpisode(e, {}, AS_OF));
    const again = [...syntheticEpisodes(opts)].map((e) => analyzeEpisode(e, {}, AS_OF));
    const reused: unknown[] = [];
    for (const e of syntheticEpisodes({ ...opts, reuse: true })) reused.push(analyzeEpisode(e, {}, AS_OF));
    expect(again).toEqual(fresh);
    expect(reused).toEqual(fresh);
    const statuses = new Set(fresh.flat().map((r) => r.status));
    expect(statuses).toEqual(new Set(["repaired", "unrepaired", "open"]));
  });
});
