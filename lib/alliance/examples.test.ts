import { describe, expect, it } from "vitest";
import examples from "./__fixtures__/alliance-examples.json";
import { analyzeEpisode, DEFAULT_PARAMS, type EpisodeInput } from "./index";
import { AS_OF, summary } from "./test-helpers";

// The contract's worked examples (docs/rupture-engine.md, "Worked examples"): input with the results it expects.
type Example = EpisodeInput & { expected: ReturnType<typeof summary>[] };

describe("alliance-examples.json", () => {
  it.each((examples as { episodes: Example[] }).episodes.map((e) => [e.id, e] as const))("%s", (_id, e) => {
    const got = analyzeEpisode(e, DEFAULT_PARAMS, AS_OF).map(summary);
    expect(got).toEqual(e.expected);
  });
});
