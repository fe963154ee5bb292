import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { verifyPassword } from "@/lib/password";

// `npm run clinic:add` as an operator runs it: a real process on a fresh SQLite file, which it
// migrates itself; the one-time password is the last line of stdout; bad input exits 2 with one line.
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), "bordin-clinic-add-")), "bordin.db")}`;
const db = createPrismaClient(DATABASE_URL);
afterAll(() => db.$disconnect());

function run(args: string[], { viaNpm = false } = {}) {
  const [command, prefix] = viaNpm ? ["npm", ["run", "clinic:add", "--"]] : [path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/clinic-add.ts"]];
  const result = spawnSync(command, [...prefix, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL, SEED_DEMO: "true" } });
  return { status: result.status, stdout: result.stdout, stderrLines: result.stderr.trim().split("\n").filter(Boolean) };
}

describe("npm run clinic:add", () => {
  it("migrates an empty database, creates the clinic and its administrator, and prints the one-time password last", async () => {
    const out = run(["--name", "Fjordklinikken", "--admin", "Leder@Fjord.example", "--admin-name", "Kari Nordmann", "--locale", "en"], { viaNpm: true });
    expect(out.status).toBe(0);
    const password = out.stdout.trimEnd().split("\n").at(-1)!;
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    // Nothing but the one clinic: an empty database is not seeded with the demo here.
    const clinics = await db.clinic.findMany({ include: { users: { include: { roles: true }, omit: { passwordHash: false } } } });
    expect(clinics.map((c) => [c.name, c.defaultLocale])).toEqual([["Fjordklinikken", "en"]]);
    const [admin] = clinics[0].users;
    expect(admin).toMatchObject({ email: "leder@fjord.example", name: "Kari Nordmann", mustChangePassword: true, active: true });
    expect(admin.roles.map((r) => r.role)).toEqual(["ADMIN"]);
    expect(await verifyPassword(admin.passwordHash, password)).toBe(true);
    const events = await db.auditEvent.findMany({ where: { clinicId: clinics[0].id }, orderBy: { action: "asc" } });
    expect(events.map((e) => [e.actor, e.action, e.entityId, e.userId])).toEqual([
      ["system", "clinic.create", clinics[0].id, null],
      ["system", "user.create", admin.id, null],
    ]);
  }, 60_000);

  it("refuses an email that has an account in any clinic: exit 2, one line, nothing created", async () => {
    const out = run(["--name", "Another clinic", "--admin", "leder@fjord.example", "--admin-name", "Someone"]);
    expect(out.status).toBe(2);
    expect(out.stderrLines).toEqual(["clinic:add: An account with this email address already exists in this installation: leder@fjord.example"]);
    expect(out.stdout).toBe("");
    expect(await db.clinic.count()).toBe(1);
  }, 30_000);

  it.each([
    [["--admin", "a@b.example", "--admin-name", "A"], /^clinic:add: --name is missing or blank; usage: /],
    [["--name", "  ", "--admin", "a@b.example", "--admin-name", "A"], /^clinic:add: --name is missing or blank; usage: /],
    [["--name", "Clinic", "--admin", "a@b.example"], /^clinic:add: --admin-name is missing or blank; usage: /],
    [["--name", "Clinic", "--admin", "not-an-email", "--admin-name", "A"], /^clinic:add: --admin: Enter an email address, like name@example\.org\.; usage: /],
    [["--name", "Clinic", "--admin", "a@b.example", "--admin-name", "A", "--locale", "de"], /^clinic:add: --locale: Choose one of: nb, en\./],
    [["--name", "Clinic", "--admin", "a@b.example", "--admin-name", "A", "--seed-demo"], /^clinic:add: Unknown option '--seed-demo'; usage: /],
  ])("bad input %j: exit 2 with one line on stderr", async (args, line) => {
    const out = run(args);
    expect(out.status).toBe(2);
    expect(out.stderrLines).toHaveLength(1);
    expect(out.stderrLines[0]).toMatch(line);
    expect(out.stdout).toBe("");
    expect(await db.clinic.count()).toBe(1);
  }, 30_000);
});
