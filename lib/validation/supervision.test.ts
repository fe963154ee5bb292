import { describe, expect, it } from "vitest";
import { readPeriod, summaryPeriod, summaryQuery } from "./supervision";

describe("the supervision period", () => {
  it.each([
    [{}, true],
    [{ from: "2026-01-01", to: "2026-03-31" }, true],
    [{ from: "2026-01-01", to: "2026-01-01" }, true],
    [{ from: "2026-01-01" }, false],
    [{ to: "2026-01-01" }, false],
    [{ from: "2026-02-01", to: "2026-01-31" }, false],
    [{ from: "2020-01-01", to: "2026-01-01" }, false],
    [{ from: "2026-13-01", to: "2026-12-01" }, false],
    [{ from: "yesterday", to: "today" }, false],
  ])("API query %j valid: %s", (query, ok) => {
    expect(summaryQuery.safeParse(query).success).toBe(ok);
  });

  it("defaults the API to the three months ending today", () => {
    expect(summaryPeriod({}, "2026-03-31").days).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });

  it.each([
    [{}, "3m", false],
    [{ period: "4w" }, "4w", false],
    [{ period: "custom", from: "2026-02-01", to: "2026-02-28" }, "custom", false],
    [{ period: "custom", from: "2026-02-01" }, "3m", true],
    [{ period: "custom", from: "2026-03-01", to: "2026-02-01" }, "3m", true],
    [{ period: "5y" }, "3m", true],
  ])("page query %j shows %s (invalid: %s)", (raw, shown, invalid) => {
    const r = readPeriod(raw, "2026-03-31");
    expect([r.choice.period, r.invalid]).toEqual([shown, invalid]);
  });
});
