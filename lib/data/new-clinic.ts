import type { Db } from "@/lib/prisma-client";
import type { Role } from "@/lib/roles";
import { AppError, notFound } from "@/lib/errors";

// A clinic and its first administrator, for the first-run page (lib/data/setup.ts) and
// `npm run clinic:add` (scripts/clinic-add.ts). It takes the client as an argument and imports no
// server-only module, so the script can use it too. It runs before there is a signed-in user.
export type NewClinic = {
  clinicName: string;
  defaultLocale: string;
  adminName: string;
  adminEmail: string;
  /** The administrator's roles besides ADMIN (a solo practitioner holds all three). */
  extraRoles: readonly Exclude<Role, "ADMIN">[];
  passwordHash: string;
  /** A one-time password (clinic:add) must be replaced at first login; one chosen at setup need not. */
  mustChangePassword: boolean;
};

/** Who is creating it, for the audit trail: the person at the setup page, or the installation's operator. */
export type Creator = { actor: "user"; ip: string } | { actor: "system" };

export const emailTaken = () => new AppError(409, "conflict", "An account with this email address already exists in this installation.");

/**
 * Creates the clinic, its administrator and two audit events in one transaction. With `onlyIfFirst`
 * (the setup page) the transaction first counts the clinics and refuses with "not found" if there is
 * one: two submissions racing each other create one clinic, and the page is closed for good.
 */
export async function createClinicWithAdmin(db: Db, input: NewClinic, creator: Creator, { onlyIfFirst = false } = {}) {
  return db.$transaction(async (tx) => {
    if (onlyIfFirst && (await tx.clinic.count()) > 0) throw notFound();
    // Emails are unique across the installation (one login, one clinic).
    if (await tx.user.findUnique({ where: { email: input.adminEmail }, select: { id: true } })) throw emailTaken();
    const clinic = await tx.clinic.create({ data: { name: input.clinicName, defaultLocale: input.defaultLocale } });
    const roles: Role[] = ["ADMIN", ...input.extraRoles];
    const admin = await tx.user.create({
      data: {
        clinicId: clinic.id,
        email: input.adminEmail,
        name: input.adminName,
        passwordHash: input.passwordHash,
        mustChangePassword: input.mustChangePassword,
        roles: { create: roles.map((role) => ({ role })) },
      },
      include: { roles: true },
    });
    // The setup page's person is the administrator from here on; clinic:add has no user behind it.
    // Written here rather than with recordAudit, whose module loads the app's server-only client.
    const who = creator.actor === "user" ? { actor: "user", userId: admin.id, ip: creator.ip } : { actor: "system", userId: null, ip: null };
    await tx.auditEvent.createMany({
      data: [
        { clinicId: clinic.id, ...who, action: "clinic.create", entity: "Clinic", entityId: clinic.id },
        { clinicId: clinic.id, ...who, action: "user.create", entity: "User", entityId: admin.id },
      ],
    });
    return { clinic, admin };
  });
}
