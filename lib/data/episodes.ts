import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import type { CurrentUser } from "@/lib/roles";
import { notFound } from "@/lib/errors";
import { fieldConflict, fieldInvalid } from "@/lib/validation/messages";
import { assertEndAfterSessions } from "@/lib/data/session-dates";
import { assertRole } from "@/lib/roles";
import { episodeWhere, patientWhere } from "@/lib/data/access";
import { auditUser, deniedAccess, deniedOn } from "@/lib/data/audit";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { clinicEngineParams, clinicInstrument } from "@/lib/data/clinic-settings";
import { episodeColumns, ratingColumns, ruptureColumns, sessionColumns } from "@/lib/data/columns";
import { dateFromIso, todayIso } from "@/lib/validation/form-input";
import type { EpisodeCreateInput } from "@/lib/validation/episode";


/**
 * Inside the caller's transaction: starts a treatment episode for a patient already checked for
 * write. The caller audits (one event per user action: a new patient with its first episode is one).
 */
export async function insertEpisode(tx: Tx, user: CurrentUser, patientId: string, input: EpisodeCreateInput, now: Date) {
  const startIso = input.startDate ?? todayIso(now);
  if (startIso > todayIso(now)) throw fieldInvalid("startDate", "dateInFuture");
  return tx.treatmentEpisode.create({
    data: { clinicId: user.clinicId, patientId, therapistId: user.id, startDate: dateFromIso(startIso), modality: input.modality, goals: JSON.stringify(input.goals), status: "active" },
  });
}

/** Starts a treatment episode; one active episode per patient at a time. */
export async function createEpisode(user: CurrentUser, patientId: string, input: EpisodeCreateInput, now = new Date()) {
  assertRole(user, "THERAPIST");
  return db.$transaction(async (tx) => {
    const patient = await tx.patient.findFirst({ where: { id: patientId, ...patientWhere(user, "write") }, select: { id: true } });
    if (!patient) throw notFound();
    const active = await tx.treatmentEpisode.count({ where: { patientId, status: "active" } });
    if (active > 0) throw fieldConflict("modality", "episodeActive");
    const episode = await insertEpisode(tx, user, patientId, input, now);
    await auditUser(tx, user, { action: "episode.create", entity: "TreatmentEpisode", entityId: episode.id });
    return episodeColumns(episode);
  }).catch(deniedOn(user, "Patient", patientId));
}

/** Ends a treatment episode. A rupture still open becomes unrepaired (the engine's rule). */
export async function endEpisode(user: CurrentUser, episodeId: string, input: { endDate?: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const episode = await tx.treatmentEpisode.findFirst({ where: { id: episodeId, ...episodeWhere(user, "write") } });
    if (!episode) throw notFound();
    if (episode.status === "ended") throw fieldConflict("endDate", "episodeEnded");
    const endIso = input.endDate ?? todayIso(now);
    if (endIso > todayIso(now)) throw fieldInvalid("endDate", "dateInFuture");
    if (dateFromIso(endIso) < episode.startDate) throw fieldInvalid("endDate", "endBeforeStart");
    await assertEndAfterSessions(tx, episode.id, endIso);
    const ended = await tx.treatmentEpisode.update({ where: { id: episode.id }, data: { status: "ended", endDate: dateFromIso(endIso) } });
    await recomputeEpisodeRuptures(tx, episode.id, now);
    await auditUser(tx, user, { action: "episode.end", entity: "TreatmentEpisode", entityId: episode.id });
    return episodeColumns(ended);
  }).catch(deniedOn(user, "TreatmentEpisode", episodeId));
}

/** One episode with everything its timeline needs: sessions with ratings, and the stored ruptures. */
export async function getEpisode(user: CurrentUser, episodeId: string) {
  const episode = await db.treatmentEpisode.findFirst({
    where: { id: episodeId, ...episodeWhere(user, "read") },
    include: {
      patient: { select: { id: true, code: true, birthYear: true, therapistId: true } },
      sessions: { orderBy: { number: "asc" }, include: { rating: { select: { bond: true, goals: true, tasks: true, difficulty: true, talkedAbout: true, submittedAt: true } } } },
      ruptures: { where: { current: true }, orderBy: { onset: "asc" } },
      clinic: { select: { engineParams: true, instrument: true } },
    },
  });
  if (!episode) throw await deniedAccess(user, "TreatmentEpisode", episodeId);
  await auditUser(db, user, { action: "episode.read", entity: "TreatmentEpisode", entityId: episode.id });
  return {
    ...episodeColumns(episode),
    sessions: episode.sessions.map((s) => ({ ...sessionColumns(s), rating: s.rating && ratingColumns(s.rating) })),
    ruptures: episode.ruptures.map(ruptureColumns),
    // What the chart draws beside the scores: the clinic's cutoff and usual-band parameters, and
    // the answer range its instrument uses, to say once how answers become 0–100 scores.
    params: clinicEngineParams(episode.clinic),
    answerRange: answerRange(clinicInstrument(episode.clinic).items),
  };
}

/** The answers' range when every item shares one (the brief check: 0–10), else null. */
function answerRange(items: { min: number; max: number }[]): { min: number; max: number } | null {
  const [first] = items;
  return first && items.every((i) => i.min === first.min && i.max === first.max) ? { min: first.min, max: first.max } : null;
}
export type EpisodeWithData = Awaited<ReturnType<typeof getEpisode>>;
