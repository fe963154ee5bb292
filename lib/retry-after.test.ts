import { describe, expect, it } from "vitest";
import { retryText, secondsUntil } from "./retry-after";

describe("retry-after", () => {
  const now = new Date("2026-11-22T10:00:00Z");
  it.each([
    [0, 1],
    [400, 1],
    [1000, 1],
    [1001, 2],
    [900_000, 900],
    [-5000, 1],
  ])("%i ms from now → %i s", (ms, expected) => {
    expect(secondsUntil(new Date(now.getTime() + ms), now)).toBe(expected);
  });

  it.each([
    [1, "rateLimitedSeconds seconds=1"],
    [59, "rateLimitedSeconds seconds=59"],
    [60, "rateLimitedMinutes minutes=1"],
    [61, "rateLimitedMinutes minutes=2"],
    [900, "rateLimitedMinutes minutes=15"],
  ])("%i s → %s", (seconds, expected) => {
    const t = (key: string, values: Record<string, number>) => `${key} ${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(" ")}`;
    expect(retryText(t, seconds)).toBe(expected);
  });
});
