import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// The health route imports lib/db, whose client is made on import from DATABASE_URL: each case
// loads a fresh copy of the modules with its own URL.
async function healthWith(url: string) {
  vi.resetModules();
  // lib/db keeps its client on globalThis outside production (hot reload): start without it.
  delete (globalThis as { bordinDb?: unknown }).bordinDb;
  process.env.DATABASE_URL = url;
  const { GET } = await import("@/app/api/health/route");
  const res = await GET();
  return { status: res.status, body: await res.json() };
}

describe("GET /api/health", () => {
  const original = process.env.DATABASE_URL!;
  afterEach(() => {
    process.env.DATABASE_URL = original;
  });

  it("answers 200 ok when the database answers", async () => {
    expect(await healthWith(original)).toEqual({ status: 200, body: { status: "ok", db: "ok" } });
  });

  it("answers 503 with a reason when the database cannot be opened", async () => {
    // A directory where the database file should be: SQLite cannot open it.
    const dir = mkdtempSync(path.join(tmpdir(), "bordin-health-"));
    mkdirSync(path.join(dir, "bordin.db"));
    const { status, body } = await healthWith(`file:${path.join(dir, "bordin.db")}`);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: "error", db: "unreachable" });
    expect(typeof body.reason).toBe("string");
  });
});
