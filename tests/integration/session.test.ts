import { describe, expect, it } from "vitest";
import { ABSOLUTE_SECONDS, IDLE_SECONDS, isLive } from "@/lib/auth";
import { clearRateLimit, consumeRateLimit } from "@/lib/data/rate-limit";
import { createPrismaClient } from "@/lib/prisma-client";

describe("session lifetime", () => {
  const loginAt = 1_800_000_000;
  it.each([
    ["just logged in", { sub: "u", sid: "s", loginAt }, loginAt + 1, true],
    ["one second before the absolute limit", { sub: "u", sid: "s", loginAt }, loginAt + ABSOLUTE_SECONDS - 1, true],
    ["at the absolute limit", { sub: "u", sid: "s", loginAt }, loginAt + ABSOLUTE_SECONDS, false],
    ["no session id", { sub: "u", loginAt }, loginAt + 1, false],
    ["no user", { sid: "s", loginAt }, loginAt + 1, false],
    ["no login time", { sub: "u", sid: "s" }, loginAt + 1, false],
  ])("%s → %s", (_name, token, now, expected) => {
    expect(isLive(token, now)).toBe(expected);
  });

  it("idle expiry is 30 minutes and the absolute limit 12 hours", () => {
    expect([IDLE_SECONDS, ABSOLUTE_SECONDS]).toEqual([1800, 43200]);
  });
});

describe("database rate limit", () => {
  const db = createPrismaClient();
  it("allows `limit` attempts in a window, refuses the next, and starts over in the next window", async () => {
    const t0 = new Date("2026-11-22T10:00:00Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(db, "k1", 3, 60, t0));
    expect(results).toEqual([true, true, true, false]);
    expect(await consumeRateLimit(db, "k1", 3, 60, new Date(t0.getTime() + 60_000))).toBe(true);
  });
  it("is shared by every client of the database (one counter per key)", async () => {
    const other = createPrismaClient();
    const t0 = new Date();
    expect(await consumeRateLimit(db, "k2", 1, 60, t0)).toBe(true);
    expect(await consumeRateLimit(other, "k2", 1, 60, t0)).toBe(false);
    await clearRateLimit(other, "k2");
    expect(await consumeRateLimit(db, "k2", 1, 60, t0)).toBe(true);
  });
});
