import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { assertRole, type CurrentUser, type Role } from "@/lib/roles";
import { isUniqueViolation, notFound } from "@/lib/errors";
import { fieldConflict } from "@/lib/validation/messages";
import { auditUser, deniedOn } from "@/lib/data/audit";
import type { SupervisionPairInput } from "@/lib/validation/users";

// Supervisor → therapist pairs, as the clinic's administrators assign and remove them. A pair gives
// the supervisor read access to the therapist's patients (lib/data/access.ts), so both ends must be
// active users of the admin's own clinic holding the right role.
const person = { select: { id: true, name: true, active: true } } as const;

export async function listSupervisionPairs(admin: CurrentUser) {
  assertRole(admin, "ADMIN");
  const rows = await db.supervision.findMany({
    where: { clinicId: admin.clinicId },
    select: { supervisor: person, therapist: person, createdAt: true },
    orderBy: [{ supervisor: { name: "asc" } }, { therapist: { name: "asc" } }],
  });
  return rows.map((r) => ({ supervisor: r.supervisor, therapist: r.therapist, createdAt: r.createdAt.toISOString() }));
}

/** The clinic's active users holding `role`, for the pickers of the admin forms. */
export async function activeUsersWithRole(admin: CurrentUser, role: Role) {
  assertRole(admin, "ADMIN");
  return db.user.findMany({ where: { clinicId: admin.clinicId, active: true, roles: { some: { role } } }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
}

/** A user of the admin's clinic (else "not found") who is active and holds `role` (else a field message). */
export async function memberWithRole(tx: Tx, admin: CurrentUser, id: string, role: Role, field: string) {
  const user = await tx.user.findFirst({ where: { id, clinicId: admin.clinicId }, select: { id: true, active: true, roles: { select: { role: true } } } });
  if (!user) throw notFound();
  if (!user.roles.some((r) => r.role === role)) throw fieldConflict(field, role === "SUPERVISOR" ? "notSupervisor" : "notTherapist");
  if (!user.active) throw fieldConflict(field, "userInactive");
  return user;
}

const pairExists = () => fieldConflict("therapistId", "pairExists");

export async function assignSupervision(admin: CurrentUser, input: SupervisionPairInput) {
  assertRole(admin, "ADMIN");
  return db
    .$transaction(async (tx) => {
      await memberWithRole(tx, admin, input.supervisorId, "SUPERVISOR", "supervisorId");
      await memberWithRole(tx, admin, input.therapistId, "THERAPIST", "therapistId");
      if (input.supervisorId === input.therapistId) throw fieldConflict("therapistId", "selfSupervision");
      const key = { supervisorId_therapistId: { supervisorId: input.supervisorId, therapistId: input.therapistId } };
      if (await tx.supervision.findUnique({ where: key, select: { clinicId: true } })) throw pairExists();
      const pair = await tx.supervision.create({ data: { clinicId: admin.clinicId, ...input }, select: { supervisorId: true, therapistId: true, createdAt: true } });
      // The pair's key is two user ids: the therapist is the record, the supervisor the detail.
      await auditUser(tx, admin, { action: "supervision.assign", entity: "Supervision", entityId: input.therapistId, detail: { ids: [input.supervisorId] } });
      return { ...pair, createdAt: pair.createdAt.toISOString() };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw pairExists();
      throw error;
    })
    .catch(deniedOn(admin, "User", `${input.supervisorId}/${input.therapistId}`));
}

export async function removeSupervision(admin: CurrentUser, input: SupervisionPairInput) {
  assertRole(admin, "ADMIN");
  return db
    .$transaction(async (tx) => {
      const removed = await tx.supervision.deleteMany({ where: { clinicId: admin.clinicId, supervisorId: input.supervisorId, therapistId: input.therapistId } });
      if (removed.count === 0) throw notFound();
      await auditUser(tx, admin, { action: "supervision.remove", entity: "Supervision", entityId: input.therapistId, detail: { ids: [input.supervisorId] } });
      return { supervisorId: input.supervisorId, therapistId: input.therapistId, removed: true };
    })
    .catch(deniedOn(admin, "Supervision", `${input.supervisorId}/${input.therapistId}`));
}
