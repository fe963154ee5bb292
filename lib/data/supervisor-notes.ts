import { db } from "@/lib/db";
import type { DbOrTx } from "@/lib/prisma-client";
import { assertRole, type CurrentUser } from "@/lib/roles";
import { notFound } from "@/lib/errors";
import { auditUser, deniedOn } from "@/lib/data/audit";
import { dateFromIso } from "@/lib/validation/form-input";
import type { NoteCreateInput, NoteUpdateInput } from "@/lib/validation/supervisor-note";
import type { Period } from "@/lib/supervision/figures";

// A supervisor's own notes on a supervisee (docs/access.md): only their author reads or changes
// them — not the therapist, not an administrator, not another supervisor — and only while the
// supervision pair exists. Anything else is "not found", recorded as a refused access. Reads and
// writes are audited by id; the text never enters the audit trail.
export type SupervisorNoteView = { id: string; therapistId: string; meetingDate: Date; text: string; createdAt: Date; updatedAt: Date };

const select = { id: true, therapistId: true, meetingDate: true, text: true, createdAt: true, updatedAt: true } as const;

/** The supervisor's own pair with this therapist, in their clinic; else "not found". */
async function requirePair(tx: DbOrTx, user: CurrentUser, therapistId: string): Promise<void> {
  assertRole(user, "SUPERVISOR");
  const pair = await tx.supervision.findFirst({ where: { clinicId: user.clinicId, supervisorId: user.id, therapistId }, select: { therapistId: true } });
  if (!pair) throw notFound();
}

/** One of the supervisor's own notes, on a supervisee they still supervise; else "not found". */
async function requireOwnNote(tx: DbOrTx, user: CurrentUser, id: string): Promise<{ id: string; therapistId: string }> {
  const note = await tx.supervisorNote.findFirst({ where: { id, clinicId: user.clinicId, supervisorId: user.id }, select: { id: true, therapistId: true } });
  if (!note) throw notFound();
  await requirePair(tx, user, note.therapistId);
  return note;
}

/** The supervisor's notes on one supervisee, newest meeting first, optionally within a period. */
export async function listSupervisorNotes(user: CurrentUser, therapistId: string, period?: Period): Promise<SupervisorNoteView[]> {
  await requirePair(db, user, therapistId).catch(deniedOn(user, "User", therapistId));
  const notes = await db.supervisorNote.findMany({
    where: { clinicId: user.clinicId, supervisorId: user.id, therapistId, ...(period && { meetingDate: { gte: period.from, lt: period.to } }) },
    select,
    orderBy: [{ meetingDate: "desc" }, { createdAt: "desc" }],
  });
  await auditUser(db, user, { action: "supervisorNote.list", entity: "SupervisorNote", detail: { ids: notes.map((n) => n.id) } });
  return notes;
}

export async function createSupervisorNote(user: CurrentUser, input: NoteCreateInput): Promise<{ id: string; therapistId: string }> {
  return db
    .$transaction(async (tx) => {
      await requirePair(tx, user, input.id);
      const note = await tx.supervisorNote.create({
        data: { clinicId: user.clinicId, supervisorId: user.id, therapistId: input.id, meetingDate: dateFromIso(input.meetingDate), text: input.text },
        select: { id: true, therapistId: true },
      });
      await auditUser(tx, user, { action: "supervisorNote.create", entity: "SupervisorNote", entityId: note.id });
      return note;
    })
    .catch(deniedOn(user, "User", input.id));
}

export async function updateSupervisorNote(user: CurrentUser, input: NoteUpdateInput): Promise<{ id: string; therapistId: string }> {
  return db
    .$transaction(async (tx) => {
      const note = await requireOwnNote(tx, user, input.id);
      await tx.supervisorNote.update({ where: { id: note.id }, data: { meetingDate: dateFromIso(input.meetingDate), text: input.text } });
      await auditUser(tx, user, { action: "supervisorNote.update", entity: "SupervisorNote", entityId: note.id });
      return note;
    })
    .catch(deniedOn(user, "SupervisorNote", input.id));
}

export async function deleteSupervisorNote(user: CurrentUser, input: { id: string }): Promise<{ id: string; therapistId: string }> {
  return db
    .$transaction(async (tx) => {
      const note = await requireOwnNote(tx, user, input.id);
      await tx.supervisorNote.delete({ where: { id: note.id } });
      await auditUser(tx, user, { action: "supervisorNote.delete", entity: "SupervisorNote", entityId: note.id });
      return note;
    })
    .catch(deniedOn(user, "SupervisorNote", input.id));
}


/**
 * For the supervision report: the supervisor's notes on these supervisees (the caller took them
 * from the supervisor's own pairs) with a meeting in the period, oldest first. One audited read.
 */
export async function notesForReport(user: CurrentUser, therapistIds: string[], period: Period): Promise<SupervisorNoteView[]> {
  assertRole(user, "SUPERVISOR");
  const notes = await db.supervisorNote.findMany({
    where: { clinicId: user.clinicId, supervisorId: user.id, therapistId: { in: therapistIds }, meetingDate: { gte: period.from, lt: period.to }, therapist: { supervisedBy: { some: { supervisorId: user.id } } } },
    select,
    orderBy: [{ meetingDate: "asc" }, { createdAt: "asc" }],
  });
  await auditUser(db, user, { action: "supervisorNote.list", entity: "SupervisorNote", detail: { ids: notes.map((n) => n.id) } });
  return notes;
}
