import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { isUniqueViolation } from "@/lib/errors";
import { fieldConflict } from "@/lib/validation/messages";
import { assertRole, hasRole } from "@/lib/roles";
import { patientWhere, type AccessMode } from "@/lib/data/access";
import { auditUser, deniedAccess } from "@/lib/data/audit";
import { insertEpisode } from "@/lib/data/episodes";
import { episodeColumns } from "@/lib/data/columns";
import type { PatientCreateInput, PatientWithEpisodeInput } from "@/lib/validation/patient";

/**
 * One patient the user may see (mode "read") or change (mode "write"), with its treatment episodes.
 * A patient outside the user's scope, in this clinic or another, is "not found" (404).
 */
export async function getPatient(user: CurrentUser, id: string, mode: AccessMode = "read") {
  const patient = await db.patient.findFirst({
    where: { id, ...patientWhere(user, mode) },
    include: { episodes: { orderBy: { startDate: "desc" } } },
  });
  if (!patient) throw await deniedAccess(user, "Patient", id);
  await auditUser(db, user, { action: mode === "read" ? "patient.read" : "patient.open-for-write", entity: "Patient", entityId: patient.id });
  return { ...patient, episodes: patient.episodes.map(episodeColumns) };
}

/** Whether this user may change this patient's records (the treating therapist, not a supervisor). */
export function canWritePatient(user: CurrentUser, patient: { therapistId: string }): boolean {
  return hasRole(user, "THERAPIST") && patient.therapistId === user.id;
}

const codeTaken = () => fieldConflict("code", "codeTaken");

/** Creates a patient of the signed-in therapist, optionally with its first treatment episode. */
export async function createPatient(user: CurrentUser, input: PatientCreateInput | PatientWithEpisodeInput, now = new Date()) {
  // Only therapists own patients; a supervisor or admin account cannot create one.
  assertRole(user, "THERAPIST");
  return db.$transaction(async (tx) => {
    // Codes are unique per clinic: tell the therapist (the code is theirs to choose), without
    // saying whose patient holds it.
    if (await tx.patient.findFirst({ where: { clinicId: user.clinicId, code: input.code }, select: { id: true } })) throw codeTaken();
    const patient = await tx.patient.create({ data: { clinicId: user.clinicId, therapistId: user.id, code: input.code, birthYear: input.birthYear ?? null } });
    const episode = "modality" in input ? await insertEpisode(tx, user, patient.id, input, now) : null;
    // One event for one action: the new patient, naming its first episode when there is one.
    await auditUser(tx, user, { action: "patient.create", entity: "Patient", entityId: patient.id, ...(episode ? { detail: { ids: [episode.id] } } : {}) });
    return { patient, episode: episode && episodeColumns(episode) };
  }).catch((error: unknown) => {
    // Two requests racing for the same code: the unique index decides, and the loser hears why.
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  });
}

const PAGE_SIZE = 50;

/** The patients the user may read, for the API: codes and episode summaries, no session data. */
export async function listPatients(user: CurrentUser, query: { q?: string; page: number }) {
  const where = { ...patientWhere(user, "read"), ...(query.q ? { code: { contains: query.q } } : {}) };
  const [total, rows] = await Promise.all([
    db.patient.count({ where }),
    db.patient.findMany({
      where,
      orderBy: { code: "asc" },
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, code: true, birthYear: true, therapistId: true, createdAt: true, episodes: { select: { id: true, patientId: true, status: true, startDate: true, endDate: true, modality: true, goals: true }, orderBy: { startDate: "desc" } } },
    }),
  ]);
  // One event for the listing, naming the patients it showed; the search text is not recorded (it is
  // a patient code).
  await auditUser(db, user, { action: "patient.list", entity: "Patient", detail: { ids: rows.map((r) => r.id) } });
  return { page: query.page, pageSize: PAGE_SIZE, total, patients: rows.map((p) => ({ ...p, episodes: p.episodes.map(episodeColumns) })) };
}
