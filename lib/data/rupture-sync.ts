import type { DbOrTx, Tx } from "@/lib/prisma-client";
import { analyzeEpisode, type EpisodeInput, type SessionInput } from "@/lib/alliance";
import { clinicEngineParams } from "@/lib/data/clinic-settings";
import type { RuptureState } from "@/lib/data/rupture-changes";
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
  for (let i = 0; i < stale.length; i += EPISODES_PER_READ) {
    await tx.rupture.updateMany({ where: { id: { in: stale.slice(i, i + EPISODES_PER_READ) } }, data: { current: false } });
  }
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

type StoredRupture = RuptureState & { id: string };
const EPISODES_PER_READ = 500;

/**
 * The same as `recomputeEpisodeRuptures` for every treatment episode of a clinic (after its settings
 * changed), built for thousands of episodes inside one transaction: sessions are read a few hundred
 * episodes at a time and only rows whose engine output changed are written. Reviews stay, as above.
 * Returns the rows before and after, for counting what changed.
 */
export async function recomputeClinicRuptures(tx: Tx, clinicId: string, asOf: Date): Promise<{ before: RuptureState[]; after: RuptureState[] }> {
  const params = clinicEngineParams(await tx.clinic.findUniqueOrThrow({ where: { id: clinicId } }));
  const before = await tx.rupture.findMany({ where: { clinicId }, select: { id: true, episodeId: true, onset: true, status: true, current: true, engine: true } });
  const stored = new Map(before.map((r) => [`${r.episodeId}:${r.onset}`, r]));
  const byEpisode = new Map<string, StoredRupture[]>();
  for (const r of before) byEpisode.set(r.episodeId, [...(byEpisode.get(r.episodeId) ?? []), r]);
  const after = new Map<string, RuptureState>(stored);
  const created: { clinicId: string; episodeId: string; onset: number; engine: string; status: string; current: boolean }[] = [];
  const stale: string[] = [];
  for (let skip = 0; ; skip += EPISODES_PER_READ) {
    const episodes = await tx.treatmentEpisode.findMany({
      where: { clinicId },
      orderBy: { id: "asc" },
      skip,
      take: EPISODES_PER_READ,
      select: { id: true, status: true, sessions: { include: { rating: true }, orderBy: { number: "asc" } } },
    });
    for (const episode of episodes) {
      const found = analyzeEpisode({ id: episode.id, ended: episode.status === "ended", sessions: episode.sessions.map(toSessionInput) }, params, asOf);
      const onsets = new Set<number>();
      for (const rupture of found) {
        onsets.add(rupture.onset);
        const key = `${episode.id}:${rupture.onset}`;
        const old = stored.get(key);
        const data = { engine: JSON.stringify(rupture), status: rupture.status, current: true };
        if (old && old.engine === data.engine && old.status === data.status && old.current) continue;
        // One statement per changed row, nothing read back: a new threshold may change thousands.
        if (old) await tx.rupture.updateMany({ where: { id: old.id }, data });
        else created.push({ clinicId, episodeId: episode.id, onset: rupture.onset, ...data });
        after.set(key, { episodeId: episode.id, onset: rupture.onset, ...data });
      }
      for (const old of byEpisode.get(episode.id) ?? []) {
        if (old.current && !onsets.has(old.onset)) {
          stale.push(old.id);
          after.set(`${old.episodeId}:${old.onset}`, { ...old, current: false });
        }
      }
    }
    if (episodes.length < EPISODES_PER_READ) break;
  }
  for (let i = 0; i < created.length; i += EPISODES_PER_READ) await tx.rupture.createMany({ data: created.slice(i, i + EPISODES_PER_READ) });
  for (let i = 0; i < stale.length; i += EPISODES_PER_READ) {
    await tx.rupture.updateMany({ where: { id: { in: stale.slice(i, i + EPISODES_PER_READ) } }, data: { current: false } });
  }
  return { before, after: [...after.values()] };
}
