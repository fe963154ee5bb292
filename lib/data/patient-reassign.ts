import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { assertRole, type CurrentUser } from "@/lib/roles";
import { notFound } from "@/lib/errors";
import { fieldConflict } from "@/lib/validation/messages";
import { auditUser, deniedOn } from "@/lib/data/audit";
import { memberWithRole } from "@/lib/data/supervision-admin";
import type { CaseloadReassignInput, PatientReassignInput } from "@/lib/validation/users";

// Moving patients between therapists (a leaver's caseload). The admin sees no patient data: the
// list holds each patient's code and current therapist, nothing else (no ratings, notes, birth
// year or dates), and it is audited like any list of patients. A move takes the patient with every
// treatment episode, so the receiving therapist reads the whole history (sessions, ratings and
// ruptures hang off the episodes).
const PAGE_SIZE = 50;

export async function listPatientsByCode(admin: CurrentUser, query: { therapistId?: string; page: number }) {
  assertRole(admin, "ADMIN");
  const where = { clinicId: admin.clinicId, ...(query.therapistId ? { therapistId: query.therapistId } : {}) };
  const [total, rows] = await Promise.all([
    db.patient.count({ where }),
    db.patient.findMany({
      where,
      select: { id: true, code: true, therapist: { select: { id: true, name: true, active: true } } },
      orderBy: { code: "asc" },
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  await auditUser(db, admin, { action: "patient.codes.list", entity: "Patient", detail: { ids: rows.map((r) => r.id) } });
  return { page: query.page, pageSize: PAGE_SIZE, total, patients: rows };
}

/** Each user of the clinic who holds patients, with how many: the "whose caseload" filter. */
export async function caseloadOwners(admin: CurrentUser) {
  assertRole(admin, "ADMIN");
  const counts = await db.patient.groupBy({ by: ["therapistId"], where: { clinicId: admin.clinicId }, _count: true });
  const users = await db.user.findMany({ where: { clinicId: admin.clinicId, id: { in: counts.map((c) => c.therapistId) } }, select: { id: true, name: true, active: true }, orderBy: { name: "asc" } });
  return users.map((u) => ({ ...u, patients: counts.find((c) => c.therapistId === u.id)?._count ?? 0 }));
}

async function movePatient(tx: Tx, admin: CurrentUser, patient: { id: string; therapistId: string }, toTherapistId: string) {
  await tx.patient.update({ where: { id: patient.id }, data: { therapistId: toTherapistId } });
  const moved = await tx.treatmentEpisode.updateMany({ where: { clinicId: admin.clinicId, patientId: patient.id }, data: { therapistId: toTherapistId } });
  // Ids only: the patient is the record; no code, so the trail reveals nothing more than the move.
  await auditUser(tx, admin, { action: "patient.reassign", entity: "Patient", entityId: patient.id, detail: { from: patient.therapistId, to: toTherapistId } });
  return moved.count;
}

/** One patient and all its treatment episodes to another active therapist of the clinic. */
export async function reassignPatient(admin: CurrentUser, input: PatientReassignInput) {
  assertRole(admin, "ADMIN");
  return db
    .$transaction(async (tx) => {
      const patient = await tx.patient.findFirst({ where: { id: input.id, clinicId: admin.clinicId }, select: { id: true, therapistId: true } });
      if (!patient) throw notFound();
      await memberWithRole(tx, admin, input.therapistId, "THERAPIST", "therapistId");
      if (patient.therapistId === input.therapistId) throw fieldConflict("therapistId", "sameTherapist");
      const episodes = await movePatient(tx, admin, patient, input.therapistId);
      return { patientId: patient.id, fromTherapistId: patient.therapistId, toTherapistId: input.therapistId, episodes };
    })
    .catch(deniedOn(admin, "Patient", input.id));
}

/** Every patient of one user (a leaver) to another active therapist, in one transaction. */
export async function reassignCaseload(admin: CurrentUser, input: CaseloadReassignInput) {
  assertRole(admin, "ADMIN");
  return db
    .$transaction(async (tx) => {
      const from = await tx.user.findFirst({ where: { id: input.fromTherapistId, clinicId: admin.clinicId }, select: { id: true } });
      if (!from) throw notFound();
      await memberWithRole(tx, admin, input.toTherapistId, "THERAPIST", "toTherapistId");
      if (from.id === input.toTherapistId) throw fieldConflict("toTherapistId", "sameTherapist");
      const patients = await tx.patient.findMany({ where: { clinicId: admin.clinicId, therapistId: from.id }, select: { id: true, therapistId: true } });
      if (patients.length === 0) throw fieldConflict("fromTherapistId", "noPatients");
      let episodes = 0;
      for (const patient of patients) episodes += await movePatient(tx, admin, patient, input.toTherapistId);
      return { fromTherapistId: from.id, toTherapistId: input.toTherapistId, patients: patients.length, episodes };
    })
    .catch(deniedOn(admin, "User", `${input.fromTherapistId}/${input.toTherapistId}`));
}
