import { describe, expect, it } from "vitest";
import { NO_CHANGES } from "@/lib/data/rupture-changes";
import { savedNotice, savedQuery } from "./settings-notice";

const ruptures = { added: 1, removed: 2, statusChanged: 3, detailsChanged: 4, total: 10 };

describe("the settings page's notice after a save", () => {
  it.each([
    [{ changed: ["name"], ruptures: NO_CHANGES }, { ruptures: null }],
    [{ changed: [], ruptures: NO_CHANGES }, { ruptures: null }],
    [{ changed: ["engineParams.cutoff"], ruptures }, { ruptures }],
    [{ changed: ["instrument"], ruptures: NO_CHANGES }, { ruptures: NO_CHANGES }],
  ])("%j → %j", (result, expected) => {
    expect(savedNotice(Object.fromEntries(new URLSearchParams(savedQuery(result))))).toEqual(expected);
  });
  it.each([
    [{}, null],
    [{ saved: "2" }, null],
    [{ saved: "1", added: "-1", removed: "0", statusChanged: "0", detailsChanged: "0" }, { ruptures: null }],
    [{ saved: "1", added: "x" }, { ruptures: null }],
  ])("query %j → %j", (query, expected) => {
    expect(savedNotice(query)).toEqual(expected);
  });
});
