import { describe, expect, it } from "vitest";
import { addChanges, countRuptureChanges, NO_CHANGES, type RuptureState } from "./rupture-changes";

const r = (episodeId: string, onset: number, status: string, current = true, engine = `${status}@${onset}`): RuptureState => ({ episodeId, onset, status, current, engine });

describe("countRuptureChanges", () => {
  it.each<[string, RuptureState[], RuptureState[], Partial<typeof NO_CHANGES>]>([
    ["nothing before or after", [], [], {}],
    ["the same flags", [r("e1", 4, "open")], [r("e1", 4, "open")], {}],
    ["a new flag", [], [r("e1", 4, "open")], { added: 1, total: 1 }],
    ["a flag the engine finds again (row kept, not current)", [r("e1", 4, "open", false)], [r("e1", 4, "open")], { added: 1, total: 1 }],
    ["a flag no longer found", [r("e1", 4, "open")], [r("e1", 4, "open", false)], { removed: 1, total: 1 }],
    ["a flag gone that was already gone", [r("e1", 4, "open", false)], [r("e1", 4, "open", false)], {}],
    ["open became repaired", [r("e1", 4, "open")], [r("e1", 4, "repaired")], { statusChanged: 1, total: 1 }],
    ["same status, repaired a session later", [r("e1", 4, "repaired", true, "at 5")], [r("e1", 4, "repaired", true, "at 6")], { detailsChanged: 1, total: 1 }],
    ["the same onset in another episode is another rupture", [r("e1", 4, "open")], [r("e2", 4, "open")], { added: 1, removed: 1, total: 2 }],
    [
      "a mix",
      [r("e1", 2, "open"), r("e1", 7, "unrepaired"), r("e2", 3, "repaired")],
      [r("e1", 2, "repaired"), r("e1", 7, "unrepaired", false), r("e2", 3, "repaired"), r("e2", 9, "open")],
      { added: 1, removed: 1, statusChanged: 1, total: 3 },
    ],
  ])("%s", (_name, before, after, expected) => {
    expect(countRuptureChanges(before, after)).toEqual({ ...NO_CHANGES, ...expected });
  });

  it("adds tallies", () => {
    const a = { added: 1, removed: 2, statusChanged: 3, detailsChanged: 4, total: 10 };
    expect(addChanges(a, a)).toEqual({ added: 2, removed: 4, statusChanged: 6, detailsChanged: 8, total: 20 });
    expect(addChanges(NO_CHANGES, a)).toEqual(a);
  });
});
