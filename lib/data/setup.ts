import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import type { SetupInput } from "@/lib/validation/setup";
import type { CurrentUser } from "@/lib/roles";
import { createClinicWithAdmin } from "@/lib/data/new-clinic";
import { isSetupCode } from "@/lib/setup-code";
import { fieldInvalid } from "@/lib/validation/messages";

// The first run: while the installation has no clinic, /setup creates one and its administrator and
// every page leads there. Runs before there is a user to scope by (there are no users yet).
let closed = false;

/**
 * Whether the installation still has no clinic. Once it has one it always will (clinics are never
 * deleted), so after the first "no" nothing is asked of the database again in this process.
 */
export async function setupOpen(): Promise<boolean> {
  if (closed) return false;
  closed = (await db.clinic.count()) > 0;
  return !closed;
}

/**
 * Creates the first clinic with the administrator and the password they chose, for whoever has the
 * setup code the server printed (lib/setup-code.ts); "not found" when a clinic exists already (the transaction checks, so of two racing submissions one wins).
 */
export async function createFirstClinic(input: SetupInput, ip: string): Promise<CurrentUser> {
  if (!isSetupCode(input.setupCode)) throw fieldInvalid("setupCode", "setupCodeWrong");
  const passwordHash = await hashPassword(input.newPassword);
  const { admin } = await createClinicWithAdmin(
    db,
    { clinicName: input.clinicName, defaultLocale: input.defaultLocale, adminName: input.adminName, adminEmail: input.adminEmail, extraRoles: input.roles, passwordHash, mustChangePassword: false },
    { actor: "user", ip },
    { onlyIfFirst: true },
  );
  closed = true;
  return { id: admin.id, clinicId: admin.clinicId, email: admin.email, name: admin.name, locale: null, roles: ["ADMIN", ...input.roles], ip };
}
