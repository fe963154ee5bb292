import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { auditUser, recordAudit } from "@/lib/data/audit";
import { beginLoginAttempt, loginSucceeded, type Bucket } from "@/lib/data/login-throttle";

// The queries behind lib/auth.ts. They run before there is a signed-in user to scope by (the login
// itself, reading the user a cookie names), so they look a user up by email or id, never by scope.

/** The account behind a login attempt, with its password hash and roles (null when there is none). */
export function findLoginUser(email: string) {
  return db.user.findUnique({ where: { email }, omit: { passwordHash: false }, include: { roles: true } });
}

/** The active user a session cookie names, and whether that login was ended (logout). */
export async function findCookieUser(id: string, clinicId: string, sid: string) {
  const [row, revoked] = await Promise.all([
    db.user.findFirst({ where: { id, clinicId, active: true }, include: { roles: true } }),
    db.revokedLogin.findUnique({ where: { sid } }),
  ]);
  return revoked ? null : row;
}

/** The email of the active user a locked session belongs to, for the unlock's password check. */
export async function activeUserEmail(id: string, clinicId: string): Promise<string | null> {
  const row = await db.user.findFirst({ where: { id, clinicId, active: true }, select: { email: true } });
  return row?.email ?? null;
}

export const startLoginAttempt = (buckets: Bucket[], now: Date) => beginLoginAttempt(db, buckets, now);
export const loginAttemptSucceeded = (buckets: Bucket[]) => loginSucceeded(db, buckets);

/** Every login attempt is recorded, the failed ones without a user. */
export function auditLoginAttempt(user: CurrentUser | null, ip: string): Promise<void> {
  return recordAudit(db, { clinicId: user?.clinicId ?? null, userId: user?.id ?? null, actor: "user", action: user ? "auth.login" : "auth.login-failed", entity: "User", entityId: user?.id ?? null, ip });
}

/** Ends a login for good (its cookie is refused from now on); expired entries are swept on the way. */
export async function revokeLogin(sid: string, expiresAt: Date): Promise<void> {
  await db.$transaction([
    db.revokedLogin.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.revokedLogin.upsert({ where: { sid }, create: { sid, expiresAt }, update: {} }),
  ]);
}

export function auditLogout(user: CurrentUser): Promise<void> {
  return auditUser(db, user, { action: "auth.logout", entity: "User", entityId: user.id });
}
