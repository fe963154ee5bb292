import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { ROLES, assertRole, type CurrentUser, type Role } from "@/lib/roles";
import { isUniqueViolation, notFound } from "@/lib/errors";
import { fieldConflict } from "@/lib/validation/messages";
import { hashPassword, newOneTimePassword } from "@/lib/password";
import { auditUser, deniedAccess, deniedOn } from "@/lib/data/audit";
import { parseColumn } from "@/lib/data/columns";
import type { UserInviteInput, UserUpdateInput } from "@/lib/validation/users";

// The clinic's user accounts as its administrators manage them (docs/access.md): always scoped to
// the admin's own clinic, so another clinic's user is "not found" and the attempt is recorded.
// One-time passwords are returned to the caller once and never stored, logged or audited in clear.
const userSelect = {
  id: true,
  name: true,
  email: true,
  locale: true,
  active: true,
  mustChangePassword: true,
  createdAt: true,
  roles: { select: { role: true } },
  supervises: { select: { therapist: { select: { id: true, name: true } } }, orderBy: { therapist: { name: "asc" } } },
  supervisedBy: { select: { supervisor: { select: { id: true, name: true } } }, orderBy: { supervisor: { name: "asc" } } },
} as const;

type UserRow = {
  id: string; name: string; email: string; locale: string | null; active: boolean; mustChangePassword: boolean; createdAt: Date;
  roles: { role: string }[]; supervises: { therapist: { id: string; name: string } }[]; supervisedBy: { supervisor: { id: string; name: string } }[];
};

/** What the admin pages and the REST API show of an account: never its password hash. */
export function userView(u: UserRow) {
  const held = new Set(u.roles.map((r) => parseColumn("role", r.role)));
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles: ROLES.filter((r) => held.has(r)),
    locale: u.locale,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    createdAt: u.createdAt.toISOString(),
    supervises: u.supervises.map((s) => s.therapist),
    supervisedBy: u.supervisedBy.map((s) => s.supervisor),
  };
}
export type UserView = ReturnType<typeof userView>;

export async function listUsers(admin: CurrentUser): Promise<UserView[]> {
  assertRole(admin, "ADMIN");
  const rows = await db.user.findMany({ where: { clinicId: admin.clinicId }, select: userSelect, orderBy: [{ active: "desc" }, { name: "asc" }] });
  return rows.map(userView);
}

/** One account of the admin's clinic; any other id is "not found", and the attempt is recorded. */
export async function getUser(admin: CurrentUser, id: string): Promise<UserView> {
  assertRole(admin, "ADMIN");
  const row = await db.user.findFirst({ where: { id, clinicId: admin.clinicId }, select: userSelect });
  if (!row) throw await deniedAccess(admin, "User", id);
  return userView(row);
}

const emailTaken = () => fieldConflict("email", "emailTaken");

/** A new account with a one-time password, which the user must replace at first login. */
export async function inviteUser(admin: CurrentUser, input: UserInviteInput) {
  assertRole(admin, "ADMIN");
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const user = await db
    .$transaction(async (tx) => {
      // Emails are the login, unique across the installation: say so without saying whose it is.
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken();
      const row = await tx.user.create({
        data: { clinicId: admin.clinicId, name: input.name, email: input.email, locale: input.locale ?? null, passwordHash, mustChangePassword: true, roles: { create: input.roles.map((role) => ({ role })) } },
        select: userSelect,
      });
      await auditUser(tx, admin, { action: "user.invite", entity: "User", entityId: row.id });
      return userView(row);
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    });
  return { user, oneTimePassword };
}

async function clinicUser(tx: Tx, admin: CurrentUser, id: string) {
  const row = await tx.user.findFirst({ where: { id, clinicId: admin.clinicId }, select: { id: true, active: true, roles: { select: { role: true } } } });
  if (!row) throw notFound();
  return { ...row, roles: row.roles.map((r) => parseColumn("role", r.role)) };
}

/**
 * The clinic must keep an active administrator, and an admin must not lock themselves out by
 * mistake: checked inside the write's transaction, so two admins demoting each other at once cannot
 * both succeed.
 */
async function assertKeepsAdmin(tx: Tx, admin: CurrentUser, target: { id: string; active: boolean; roles: Role[] }, next: { active: boolean; roles: Role[] }, field: string) {
  const losesAdmin = target.active && target.roles.includes("ADMIN") && !(next.active && next.roles.includes("ADMIN"));
  if (!losesAdmin) return;
  const others = await tx.user.count({ where: { clinicId: admin.clinicId, active: true, id: { not: target.id }, roles: { some: { role: "ADMIN" } } } });
  if (others === 0) throw fieldConflict(field, "lastAdmin");
  if (target.id === admin.id) throw fieldConflict(field, "selfLockout");
}

/**
 * Changes an account: name, roles, language and whether it is active, as given. Deactivating ends
 * the user's logins at their next request (the account is re-read on every request, and logins
 * started before `loginsValidFrom` are refused). Taking a role away ends the supervision pairs
 * that needed it. One event per kind of change: user.update, user.deactivate, user.reactivate.
 */
export async function updateUser(admin: CurrentUser, input: UserUpdateInput, now = new Date()): Promise<UserView> {
  assertRole(admin, "ADMIN");
  return db
    .$transaction(async (tx) => {
      const target = await clinicUser(tx, admin, input.id);
      const next = { active: input.active ?? target.active, roles: input.roles ?? target.roles };
      await assertKeepsAdmin(tx, admin, target, next, input.active === false ? "active" : "roles");
      if (input.roles) {
        const removed = target.roles.filter((r) => !next.roles.includes(r));
        await tx.userRole.deleteMany({ where: { userId: target.id, role: { in: removed } } });
        await tx.userRole.createMany({ data: next.roles.filter((r) => !target.roles.includes(r)).map((role) => ({ userId: target.id, role })) });
        if (removed.includes("SUPERVISOR")) await tx.supervision.deleteMany({ where: { clinicId: admin.clinicId, supervisorId: target.id } });
        if (removed.includes("THERAPIST")) await tx.supervision.deleteMany({ where: { clinicId: admin.clinicId, therapistId: target.id } });
      }
      const statusChange = next.active !== target.active;
      const row = await tx.user.update({
        where: { id: target.id },
        data: { name: input.name, locale: input.locale, ...(statusChange ? { active: next.active, ...(next.active ? {} : { loginsValidFrom: now }) } : {}) },
        select: userSelect,
      });
      if (input.name !== undefined || input.roles !== undefined || input.locale !== undefined) {
        await auditUser(tx, admin, { action: "user.update", entity: "User", entityId: target.id });
      }
      if (statusChange) await auditUser(tx, admin, { action: next.active ? "user.reactivate" : "user.deactivate", entity: "User", entityId: target.id });
      return userView(row);
    })
    .catch(deniedOn(admin, "User", input.id));
}

/**
 * A new one-time password for an account: the old password stops working, every open login of the
 * user ends, and the user must choose a new password at their next login.
 */
export async function resetUserPassword(admin: CurrentUser, id: string, now = new Date()) {
  assertRole(admin, "ADMIN");
  // An admin's own password is changed on their account page, with the old one, not reset here.
  if (id === admin.id) throw fieldConflict("_form", "selfReset");
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const user = await db
    .$transaction(async (tx) => {
      const target = await clinicUser(tx, admin, id);
      const row = await tx.user.update({ where: { id: target.id }, data: { passwordHash, mustChangePassword: true, loginsValidFrom: now }, select: userSelect });
      await auditUser(tx, admin, { action: "user.password-reset", entity: "User", entityId: target.id });
      return userView(row);
    })
    .catch(deniedOn(admin, "User", id));
  return { user, oneTimePassword };
}

/** A short overview for the admin start page: counts only. */
export async function userOverview(admin: CurrentUser) {
  assertRole(admin, "ADMIN");
  const where = { clinicId: admin.clinicId };
  const [active, inactive, pendingPasswords, pairs] = await Promise.all([
    db.user.count({ where: { ...where, active: true } }),
    db.user.count({ where: { ...where, active: false } }),
    db.user.count({ where: { ...where, active: true, mustChangePassword: true } }),
    db.supervision.count({ where }),
  ]);
  return { active, inactive, pendingPasswords, pairs };
}
