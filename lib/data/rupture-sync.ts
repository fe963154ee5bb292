import type { DbOrTx } from "@/lib/prisma-client";
import { analyzeEpisode, type EpisodeInput, type SessionInput } from "@/lib/alliance";
import { clinicEngineParams } from "@/lib/data/clinic-settings";
import { ratingColumns, sessionColumns } from "@/lib/data/columns";

// Engine output is derived from ratings and markers; the clinician's review is stored. This keeps
// the Rupture rows of one treatment episode in step with the engine, inside the caller's
// transaction: rows are keyed by onset session, so a confirm/dismiss survives recomputation, and a
// rupture the engine no longer finds is marked not current rather than deleted.
export async function recomputeEpisodeRuptures(tx: DbOrTx, episodeId: string, asOf: Date) {
  const episode = await tx.treatmentEpisode.findUniqueOrThrow({
    where: { id: episodeId },
    include: { clinic: true, sessions: { include: { rating: true }, orderBy: { number: "asc" } } },
  });
  const input: EpisodeInput = {
    id: episode.id,
    ended: episode.status === "ended",
    sessions: episode.sessions.map(toSessionInput),
  };
  const found = analyzeEpisode(input, clinicEngineParams(episode.clinic), asOf);
  const existing = await tx.rupture.findMany({ where: { episodeId } });
  for (const rupture of found) {
    const data = { engine: JSON.stringify(rupture), status: rupture.status, current: true };
    await tx.rupture.upsert({
      where: { episodeId_onset: { episodeId, onset: rupture.onset } },
      create: { clinicId: episode.clinicId, episodeId, onset: rupture.onset, ...data },
      update: data,
    });
  }
  const onsets = new Set(found.map((r) => r.onset));
  const stale = existing.filter((r) => !onsets.has(r.onset) && r.current).map((r) => r.id);
  if (stale.length) await tx.rupture.updateMany({ where: { id: { in: stale } }, data: { current: false } });
  return found;
}

type SessionRow = {
  number: number;
  date: Date;
  marker: string;
  markerDimension: string | null;
  rating: { bond: number | null; goals: number | null; tasks: number | null; difficulty: string; talkedAbout: string | null } | null;
};

export function toSessionInput(row: SessionRow): SessionInput {
  const s = sessionColumns(row);
  const rating = row.rating && ratingColumns(row.rating);
  return {
    number: s.number,
    bond: rating?.bond ?? null,
    goals: rating?.goals ?? null,
    tasks: rating?.tasks ?? null,
    difficulty: rating?.difficulty ?? null,
    talkedAbout: rating?.talkedAbout ?? null,
    marker: s.marker,
    markerDimension: s.markerDimension,
  };
}
