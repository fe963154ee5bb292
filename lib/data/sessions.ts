import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { notFound, isUniqueViolation } from "@/lib/errors";
import { fieldConflict } from "@/lib/validation/messages";
import { episodeWhere } from "@/lib/data/access";
import { auditUser, deniedOn } from "@/lib/data/audit";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { dateFromIso, todayIso } from "@/lib/validation/form-input";
import { assertSessionDateFits } from "@/lib/data/session-dates";
import type { SessionCreateInput } from "@/lib/validation/session";

const x10 = (v: number | undefined) => (v === undefined ? null : v * 10);

/**
 * Logs a session of an active treatment episode: the therapist's own rating (0–10, stored ×10),
 * a rupture marker, repair strategies and a short note. Its date must fit the episode and the
 * other sessions' order (lib/data/session-dates.ts). A marker can open a rupture, so the
 * episode's ruptures are recomputed in the same transaction.
 */
export async function logSession(user: CurrentUser, episodeId: string, input: SessionCreateInput, now = new Date()) {
  return db
    .$transaction(async (tx) => {
      const episode = await tx.treatmentEpisode.findFirst({ where: { id: episodeId, ...episodeWhere(user, "write") }, select: { id: true, status: true, startDate: true, endDate: true } });
      if (!episode) throw notFound();
      if (episode.status !== "active") throw fieldConflict("date", "episodeEnded");
      const dateIso = input.date ?? todayIso(now);
      const last = await tx.session.findFirst({ where: { episodeId }, orderBy: { number: "desc" }, select: { number: true } });
      const number = input.number ?? (last?.number ?? 0) + 1;
      if (await tx.session.findFirst({ where: { episodeId, number }, select: { id: true } })) throw fieldConflict("number", "numberTaken");
      await assertSessionDateFits(tx, episode, number, dateIso, now);
      const session = await tx.session.create({
        data: {
          clinicId: user.clinicId,
          episodeId,
          number,
          date: dateFromIso(dateIso),
          therapistBond: x10(input.therapistBond),
          therapistGoals: x10(input.therapistGoals),
          therapistTasks: x10(input.therapistTasks),
          marker: input.marker,
          markerDimension: input.marker === "none" ? null : (input.markerDimension ?? null),
          repairStrategies: JSON.stringify([...new Set(input.repairStrategies)]),
          note: input.note ?? null,
        },
      });
      await recomputeEpisodeRuptures(tx, episodeId, now);
      await auditUser(tx, user, { action: "session.create", entity: "Session", entityId: session.id });
      return session;
    })
    .catch((error: unknown) => {
      // Two saves racing for the same number: the unique index decides.
      if (isUniqueViolation(error)) throw fieldConflict("number", "numberTaken");
      throw error;
    })
    .catch(deniedOn(user, "TreatmentEpisode", episodeId));
}
