import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { verifyPassword } from "@/lib/password";
import { applyMutation } from "@/lib/mutation";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/roles";
import { findCookieUser } from "@/lib/data/sign-in";
import { getUser, inviteUser, listUsers, resetUserPassword, updateUser } from "@/lib/data/user-admin";
import { inviteUserMutation, resetPasswordMutation, setUserActiveMutation, updateUserMutation } from "@/lib/mutations/users";
import { createClinic, createSupervision } from "@/prisma/factories";
import { makeUser, twoClinics } from "@/tests/support/world";
import { statusOf } from "@/tests/support/status-of";
import nbWorkspace from "@/lib/i18n/messages/nb/workspace.json";

// Users as a clinic's administrators manage them: invite with a one-time password, edit, deactivate,
// reset; the clinic keeps an active administrator; nothing reaches across clinics; other roles are
// answered 404 on the mutation path that the forms and the REST API share.
const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
beforeAll(async () => {
  w = await twoClinics(db);
});

const failure = async (run: () => Promise<unknown>) => {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
// A successful write through a mutation's own schema and run (revalidation needs Next's server).
const through = <I, R>(def: { schema: { parse: (raw: unknown) => I }; run: (user: CurrentUser, input: I) => Promise<R> }, user: CurrentUser, raw: unknown) => def.run(user, def.schema.parse(raw));
const events = (action: string, entityId?: string) => db.auditEvent.findMany({ where: { action, ...(entityId ? { entityId } : {}) } });

describe("inviting a user", () => {
  it("creates the account with a one-time password that must be replaced, audited without the password", async () => {
    const { user, oneTimePassword } = await inviteUser(w.adminA, { name: "Nora Ny", email: "nora@clinic-a.test", roles: ["THERAPIST", "SUPERVISOR"], locale: "en" });
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(user).toMatchObject({ name: "Nora Ny", email: "nora@clinic-a.test", roles: ["SUPERVISOR", "THERAPIST"], locale: "en", active: true, mustChangePassword: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row.clinicId).toBe(w.clinicA.id);
    expect(await verifyPassword(row.passwordHash, oneTimePassword)).toBe(true);
    const [event] = await events("user.invite", user.id);
    expect(event).toMatchObject({ userId: w.adminA.id, clinicId: w.clinicA.id, entity: "User" });
    const trail = JSON.stringify(await db.auditEvent.findMany());
    expect(trail).not.toContain(oneTimePassword);
  });

  it("refuses an email already in use (in any case, in any clinic) with a message on the email field", async () => {
    await inviteUser(w.adminA, { name: "First", email: "taken@clinic-a.test", roles: ["THERAPIST"] });
    const error = await failure(() => applyMutation(inviteUserMutation, w.adminA, { name: "Second", email: " Taken@Clinic-A.test ", roles: ["THERAPIST"] }, "nb"));
    expect(error.status).toBe(409);
    expect(error.fieldErrors).toEqual({ email: [nbWorkspace.workspaceErrors.emailTaken] });
    const elsewhere = await makeUser(db, w.clinicB.id, ["ADMIN"]);
    expect((await failure(() => inviteUser(elsewhere, { name: "Third", email: "taken@clinic-a.test", roles: ["ADMIN"] }))).status).toBe(409);
    expect(await db.user.count({ where: { email: "taken@clinic-a.test" } })).toBe(1);
  });

  it("needs at least one known role, a name and an email", async () => {
    const error = await failure(() => applyMutation(inviteUserMutation, w.adminA, { name: "", email: "not-an-email", roles: [] }, "en"));
    expect(error.status).toBe(422);
    expect(error.fieldErrors?.roles).toEqual(["Choose at least one role."]);
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "name", "roles"]);
    expect((await failure(() => applyMutation(inviteUserMutation, w.adminA, { name: "X", email: "x@y.test", roles: ["ROOT"] }, "en"))).status).toBe(422);
  });
});

describe("the clinic's last active administrator", () => {
  it("cannot be deactivated or lose the role, through the data layer or the API's mutation, and an admin cannot lock themselves out", async () => {
    const clinic = await createClinic(db);
    const x = await makeUser(db, clinic.id, ["ADMIN"]);
    const y = await makeUser(db, clinic.id, ["ADMIN", "THERAPIST"]);
    await updateUser(x, { id: y.id, active: false });
    const self = await failure(() => updateUser(x, { id: x.id, active: false }));
    expect(self).toMatchObject({ status: 409, fieldErrors: { active: ["This is the clinic's last active administrator. Make another user an administrator first."] } });
    const api = await failure(() => applyMutation(updateUserMutation, x, { id: x.id, roles: ["THERAPIST"] }, "nb"));
    expect(api).toMatchObject({ status: 409, message: nbWorkspace.workspaceErrors.lastAdmin, fieldErrors: { roles: [nbWorkspace.workspaceErrors.lastAdmin] } });
    expect((await failure(() => applyMutation(setUserActiveMutation, x, { id: x.id, active: "false" }, "en"))).status).toBe(409);
    // With a second active admin, the rule that speaks is "not yourself".
    await updateUser(x, { id: y.id, active: true });
    expect((await failure(() => updateUser(x, { id: x.id, roles: ["THERAPIST"] }))).fieldErrors?.roles).toEqual([
      "You cannot deactivate your own account or remove your own administrator role. Ask another administrator.",
    ]);
    expect((await getUser(x, x.id)).roles).toEqual(["ADMIN"]);
  });

  it("holds when two admins demote each other at the same moment: exactly one succeeds", async () => {
    const clinic = await createClinic(db);
    const x = await makeUser(db, clinic.id, ["ADMIN", "THERAPIST"]);
    const y = await makeUser(db, clinic.id, ["ADMIN", "THERAPIST"]);
    const results = await Promise.allSettled([updateUser(x, { id: y.id, roles: ["THERAPIST"] }), updateUser(y, { id: x.id, roles: ["THERAPIST"] })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count({ where: { clinicId: clinic.id, roles: { some: { role: "ADMIN" } } } })).toBe(1);
  });
});

describe("editing, deactivating and resetting", () => {
  it("changes name, roles and language; taking a role away ends the pairs that needed it; one event", async () => {
    const t = await makeUser(db, w.clinicA.id, ["THERAPIST", "SUPERVISOR"]);
    const other = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    await createSupervision(db, { clinicId: w.clinicA.id, supervisorId: t.id, therapistId: other.id });
    await createSupervision(db, { clinicId: w.clinicA.id, supervisorId: w.supervisorA.id, therapistId: t.id });
    const view = await through(updateUserMutation, w.adminA, { id: t.id, name: "Renamed", roles: ["THERAPIST"], locale: "default" });
    expect(view).toMatchObject({ name: "Renamed", roles: ["THERAPIST"], locale: null, supervises: [], supervisedBy: [{ id: w.supervisorA.id }] });
    expect(await events("user.update", t.id)).toHaveLength(1);
  });

  it("deactivating ends the user's logins (the cookie's user is gone) and reactivating lets them in again, each audited", async () => {
    const t = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    expect(await findCookieUser(t.id, t.clinicId, "sid-1")).not.toBeNull();
    const now = new Date("2026-03-01T12:00:00Z");
    await updateUser(w.adminA, { id: t.id, active: false }, now);
    expect(await findCookieUser(t.id, t.clinicId, "sid-1")).toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ active: false, loginsValidFrom: now });
    await through(setUserActiveMutation, w.adminA, { id: t.id, active: "true" });
    expect(await findCookieUser(t.id, t.clinicId, "sid-2")).not.toBeNull();
    expect((await events("user.deactivate", t.id)).length + (await events("user.reactivate", t.id)).length).toBe(2);
  });

  it("a reset gives a new one-time password, ends open logins, and is refused for the admin's own account", async () => {
    const t = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    const now = new Date("2026-03-02T08:00:00Z");
    const { oneTimePassword, user } = await resetUserPassword(w.adminA, t.id, now);
    const row = await db.user.findUniqueOrThrow({ where: { id: t.id }, omit: { passwordHash: false } });
    expect(user.mustChangePassword).toBe(true);
    expect(row.loginsValidFrom).toEqual(now);
    expect(await verifyPassword(row.passwordHash, oneTimePassword)).toBe(true);
    expect(await events("user.password-reset", t.id)).toHaveLength(1);
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(oneTimePassword);
    expect((await failure(() => resetUserPassword(w.adminA, w.adminA.id))).status).toBe(409);
  });
});

describe("who may manage users", () => {
  it("another clinic's admin finds none of this clinic's users, and each attempt is recorded", async () => {
    const outsider = await makeUser(db, w.clinicB.id, ["ADMIN", "SUPERVISOR", "THERAPIST"]);
    const target = w.therapistA.id;
    for (const run of [() => getUser(outsider, target), () => updateUser(outsider, { id: target, name: "x" }), () => updateUser(outsider, { id: target, active: false }), () => resetUserPassword(outsider, target)]) {
      expect(await statusOf(run)).toBe(404);
    }
    expect((await listUsers(outsider)).map((u) => u.id)).not.toContain(target);
    expect((await events("access.denied", target)).filter((e) => e.userId === outsider.id)).toHaveLength(4);
    expect(await db.user.findUniqueOrThrow({ where: { id: target } })).toMatchObject({ active: true, name: "Test User" });
  });

  it("other roles get 404 from every user mutation (the admin area is not revealed), and nothing changes", async () => {
    const target = w.otherTherapistA.id;
    const calls = (actor: CurrentUser) => [
      () => applyMutation(inviteUserMutation, actor, { name: "N", email: "n@a.test", roles: ["THERAPIST"] }, "en"),
      () => applyMutation(updateUserMutation, actor, { id: target, name: "Hacked" }, "en"),
      () => applyMutation(setUserActiveMutation, actor, { id: target, active: "false" }, "en"),
      () => applyMutation(resetPasswordMutation, actor, { id: target }, "en"),
    ];
    for (const actor of [w.therapistA, w.supervisorA]) {
      for (const call of calls(actor)) expect(await statusOf(call)).toBe(404);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: target } })).toMatchObject({ active: true, name: "Test User", mustChangePassword: false });
    expect(await db.user.count({ where: { email: "n@a.test" } })).toBe(0);
  });
});
