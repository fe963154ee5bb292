import { readdirSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import enWorkspace from "@/lib/i18n/messages/en/workspace.json";
import nbWorkspace from "@/lib/i18n/messages/nb/workspace.json";
import { createPrismaClient } from "@/lib/prisma-client";
import { hashPassword, verifyPassword } from "@/lib/password";
import { authSecret } from "@/lib/secrets";
import { admitUser, loginUserFromCookie, type LoginUser } from "@/lib/auth";
import { applyMutation, type MutationDef } from "@/lib/mutation";
import { changePasswordMutation } from "@/lib/mutations/account";
import { changeOwnPassword } from "@/lib/data/account";
import { createClinic, createUser } from "@/prisma/factories";
import type { Role } from "@/lib/roles";

// One-time passwords and ended logins, on the rules lib/auth.ts applies to every request: the user a
// login cookie names (loginUserFromCookie) and who may go on (admitUser, behind requireUser).
const db = createPrismaClient();
const IP = "198.51.100.7";
const now = () => Math.floor(Date.now() / 1000);

async function newUser(roles: Role[], data: { mustChangePassword?: boolean; password?: string } = {}) {
  const clinic = await createClinic(db);
  const row = await createUser(db, { clinicId: clinic.id, roles, passwordHash: await hashPassword(data.password ?? "a one-time password"), name: "Ola Nordmann" });
  if (data.mustChangePassword) await db.user.update({ where: { id: row.id }, data: { mustChangePassword: true } });
  return row;
}

/** A login cookie as lib/auth.ts issues it, begun at `loginAt` (seconds). */
function cookieFor(user: { id: string; clinicId: string }, loginAt = now()) {
  return encode({ token: { sub: user.id, clinicId: user.clinicId, roles: [], loginAt, sid: randomUUID() }, secret: authSecret() });
}

describe("a one-time password", () => {
  it("lets its user in only to replace it: every other call answers 403 password_change_required", async () => {
    const row = await newUser(["ADMIN", "SUPERVISOR", "THERAPIST"], { mustChangePassword: true });
    const user = (await loginUserFromCookie(await cookieFor(row), IP))!;
    expect(user).toMatchObject({ id: row.id, mustChangePassword: true, ip: IP });
    for (const roles of [undefined, ["THERAPIST"], ["ADMIN"], ["SUPERVISOR"]] as const) {
      expect(() => admitUser(user, roles)).toThrow(expect.objectContaining({ status: 403, code: "password_change_required" }));
    }
    expect(admitUser(user, undefined, { beforePasswordChange: true }).id).toBe(row.id);
  });

  it("is the one write allowed before the change: no other mutation is marked for it", async () => {
    const dir = path.resolve(import.meta.dirname, "..", "..", "lib", "mutations");
    const marked: string[] = [];
    for (const file of readdirSync(dir)) {
      const exported = (await import(path.join(dir, file))) as Record<string, unknown>;
      for (const [name, def] of Object.entries(exported)) if ((def as MutationDef<never, unknown>)?.beforePasswordChange) marked.push(name);
    }
    expect(marked).toEqual(["changePasswordMutation"]);
  });

  it("a user without one goes on as before", async () => {
    const row = await newUser(["THERAPIST"]);
    const user = (await loginUserFromCookie(await cookieFor(row), IP))!;
    expect(admitUser(user, ["THERAPIST"]).id).toBe(row.id);
    expect(() => admitUser(user, ["ADMIN"])).toThrow(expect.objectContaining({ status: 403, code: "forbidden" }));
    expect(() => admitUser(null)).toThrow(expect.objectContaining({ status: 401 }));
  });
});

describe("changing one's own password", () => {
  it("refuses a common password or the user's own name with the message in the user's language", async () => {
    const row = await newUser(["THERAPIST"], { mustChangePassword: true });
    const user = (await loginUserFromCookie(await cookieFor(row), IP)) as LoginUser;
    const attempt = (newPassword: string, locale: "en" | "nb") => applyMutation(changePasswordMutation, user, { currentPassword: "a one-time password", newPassword, repeatPassword: newPassword }, locale);
    await expect(attempt("qwertyuiop", "en")).rejects.toMatchObject({ status: 422, fieldErrors: { newPassword: [enWorkspace.workspaceErrors.passwordCommon] } });
    await expect(attempt("password1", "nb")).rejects.toMatchObject({ status: 422, fieldErrors: { newPassword: [nbWorkspace.workspaceErrors.passwordCommon] } });
    await expect(attempt("Ola-Nordmann-1", "nb")).rejects.toMatchObject({ status: 422, fieldErrors: { newPassword: [nbWorkspace.workspaceErrors.passwordPersonal] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: row.id } })).mustChangePassword).toBe(true);
  });

  it("stores the new password, clears the one-time flag, ends older logins and is audited", async () => {
    const row = await newUser(["THERAPIST"], { mustChangePassword: true });
    const earlier = await cookieFor(row, now() - 60);
    const user = (await loginUserFromCookie(earlier, IP))!;
    expect(await changeOwnPassword(user, await hashPassword("fjord og fjell i fire"))).toEqual({ replacedOneTime: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: row.id }, omit: { passwordHash: false } });
    expect(stored.mustChangePassword).toBe(false);
    expect(await verifyPassword(stored.passwordHash, "fjord og fjell i fire")).toBe(true);
    // A login begun before the change has ended (another device, a stolen cookie) …
    expect(await loginUserFromCookie(earlier, IP)).toBeNull();
    // … while the one the change renews, begun now, goes on, with no one-time password any more.
    expect(await loginUserFromCookie(await cookieFor(row), IP)).toMatchObject({ id: row.id, mustChangePassword: false });
    const events = await db.auditEvent.findMany({ where: { userId: row.id } });
    expect(events.map((e) => [e.action, e.entityId, e.ip])).toEqual([["user.change-password", row.id, IP]]);
  });

  it("ends logins begun before loginsValidFrom (a password reset by an administrator)", async () => {
    const row = await newUser(["SUPERVISOR"]);
    const before = await cookieFor(row, now() - 120);
    expect(await loginUserFromCookie(before, IP)).not.toBeNull();
    await db.user.update({ where: { id: row.id }, data: { loginsValidFrom: new Date() } });
    expect(await loginUserFromCookie(before, IP)).toBeNull();
    expect(await loginUserFromCookie(await cookieFor(row, now() + 1), IP)).not.toBeNull();
  });
});
