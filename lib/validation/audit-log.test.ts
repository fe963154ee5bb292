import { describe, expect, it } from "vitest";
import { auditDateRange, auditFilterSchema, auditFiltersFromQuery, auditQueryString, nextDay, zonedDayStart } from "./audit-log";

describe("zonedDayStart (Europe/Oslo)", () => {
  it.each([
    ["2026-01-15", "2026-01-14T23:00:00.000Z"], // winter time, UTC+1
    ["2026-07-01", "2026-06-30T22:00:00.000Z"], // summer time, UTC+2
    ["2026-03-29", "2026-03-28T23:00:00.000Z"], // the day clocks go forward (at 02:00)
    ["2026-03-30", "2026-03-29T22:00:00.000Z"], // the first full day of summer time
    ["2026-10-25", "2026-10-24T22:00:00.000Z"], // the day clocks go back (at 03:00)
    ["2026-10-26", "2026-10-25T23:00:00.000Z"],
  ])("%s starts at %s", (day, instant) => {
    expect(zonedDayStart(day).toISOString()).toBe(instant);
  });
  it("works in other zones too", () => {
    expect(zonedDayStart("2026-01-15", "UTC").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(zonedDayStart("2026-01-15", "America/New_York").toISOString()).toBe("2026-01-15T05:00:00.000Z");
  });
});

describe("audit date range", () => {
  it.each([
    [{}, undefined],
    [{ from: "2026-01-15" }, { gte: "2026-01-14T23:00:00.000Z" }],
    [{ to: "2026-01-15" }, { lt: "2026-01-15T23:00:00.000Z" }],
    [{ from: "2026-12-31", to: "2026-12-31" }, { gte: "2026-12-30T23:00:00.000Z", lt: "2026-12-31T23:00:00.000Z" }],
  ])("%j → %j", (filters, expected) => {
    const range = auditDateRange(filters);
    expect(range && Object.fromEntries(Object.entries(range).map(([k, v]) => [k, v.toISOString()]))).toEqual(expected);
  });
  it("nextDay crosses months and years", () => {
    expect(nextDay("2026-02-28")).toBe("2026-03-01");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
  });
});

describe("audit filters", () => {
  it.each([
    ["", true, { page: 1 }],
    ["userId=u1&action=episode.read&from=2026-01-01&to=2026-01-31&page=3", true, { userId: "u1", action: "episode.read", from: "2026-01-01", to: "2026-01-31", page: 3 }],
    ["userId=&action=&page=", true, { page: 1 }],
    ["from=2026-02-01&to=2026-01-01", false, null],
    ["from=2026-02-30", false, null],
    ["from=yesterday", false, null],
    ["page=0", false, null],
    ["page=abc", false, null],
    [`action=${"x".repeat(101)}`, false, null],
  ])("%s → ok %s", (query, ok, expected) => {
    const parsed = auditFilterSchema.safeParse(auditFiltersFromQuery(new URLSearchParams(query)));
    expect(parsed.success).toBe(ok);
    if (expected) expect(parsed.data).toEqual(expected);
  });
  it.each([
    [{}, ""],
    [{ page: 1 }, ""],
    [{ userId: "u1", action: "episode.read", page: 2 }, "?userId=u1&action=episode.read&page=2"],
    [{ from: "2026-01-01", to: "2026-01-31", patientId: "cm1" }, "?from=2026-01-01&to=2026-01-31&patientId=cm1"],
  ])("query string of %j: %s", (filters, expected) => {
    expect(auditQueryString(filters)).toBe(expected);
    expect(auditFilterSchema.parse(auditFiltersFromQuery(new URLSearchParams(expected)))).toEqual({ page: 1, ...filters });
  });
});
