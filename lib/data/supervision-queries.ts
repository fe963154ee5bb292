import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Dimension, RuleFiring } from "@/lib/alliance";
import { parseColumn } from "@/lib/data/columns";
import { countedRuptureSql, liveRuptureSql } from "@/lib/data/counted-ruptures";
import type { FigureRupture, FigureSession, Period } from "@/lib/supervision/figures";
import type { TriageRupture } from "@/lib/supervision/triage";

// The supervisor's raw reads, by treatment episode ids that a scoped query (lib/data/access.ts)
// has already produced: a few set-wise queries over selected columns, whatever the number of
// supervisees, so the supervisor home stays fast on a large clinic (docs/benchmarks.md).

/** Sessions kept per treatment episode for the triage's latest-state reasons (falling, missing). */
export const TRIAGE_RECENT = 12;
// SQLite allows 32,766 parameters per statement; stay well under it.
const CHUNK = 10_000;

async function chunked<T>(ids: string[], run: (part: Prisma.Sql) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await run(Prisma.join(ids.slice(i, i + CHUNK)))));
  return out;
}

type SessionRow = {
  episodeId: string; number: number | bigint; date: Date | string;
  therapistBond: number | null; therapistGoals: number | null; therapistTasks: number | null;
  rated: number | bigint; bond: number | null; goals: number | null; tasks: number | null;
};
export type EpisodeSession = FigureSession & { episodeId: string };

const asDate = (d: Date | string) => (d instanceof Date ? d : new Date(d));
function toSession(r: SessionRow): EpisodeSession {
  const therapist = r.therapistBond !== null || r.therapistGoals !== null || r.therapistTasks !== null;
  return {
    episodeId: r.episodeId,
    number: Number(r.number),
    date: asDate(r.date),
    patient: Number(r.rated) ? { bond: r.bond, goals: r.goals, tasks: r.tasks } : null,
    therapist: therapist ? { bond: r.therapistBond, goals: r.therapistGoals, tasks: r.therapistTasks } : null,
  };
}

const SESSION_COLUMNS = Prisma.sql`s."episodeId", s."number", s."date", s."therapistBond", s."therapistGoals", s."therapistTasks",
  (pr."id" IS NOT NULL) AS "rated", pr."bond", pr."goals", pr."tasks"`;

/** The sessions of these episodes dated in the period, with the patient's and therapist's scores. */
export function sessionsInPeriod(episodeIds: string[], period: Period): Promise<EpisodeSession[]> {
  return chunked(episodeIds, async (ids) => {
    const rows = await db.$queryRaw<SessionRow[]>`
      SELECT ${SESSION_COLUMNS} FROM "Session" s LEFT JOIN "PatientRating" pr ON pr."sessionId" = s."id"
      WHERE s."episodeId" IN (${ids}) AND s."date" >= ${period.from} AND s."date" < ${period.to}`;
    return rows.map(toSession);
  });
}

/** Per episode, the sessions in the period and the latest TRIAGE_RECENT before its end. */
export function triageSessions(episodeIds: string[], period: Period): Promise<EpisodeSession[]> {
  return chunked(episodeIds, async (ids) => {
    const rows = await db.$queryRaw<SessionRow[]>`
      SELECT * FROM (
        SELECT ${SESSION_COLUMNS}, ROW_NUMBER() OVER (PARTITION BY s."episodeId" ORDER BY s."number" DESC) AS rn
        FROM "Session" s LEFT JOIN "PatientRating" pr ON pr."sessionId" = s."id"
        WHERE s."episodeId" IN (${ids}) AND s."date" < ${period.to}
      ) WHERE rn <= ${TRIAGE_RECENT} OR "date" >= ${period.from}`;
    return rows.map(toSession);
  });
}

type RuptureRow = { id: string; episodeId: string; onset: number | bigint; status: string; sessionsToRepair: number | bigint | null; onsetDate: Date | string | null };
export type EpisodeRupture = FigureRupture & { episodeId: string };

/** The live ruptures of these episodes whose onset session is dated in the period. */
export function rupturesInPeriod(episodeIds: string[], period: Period): Promise<EpisodeRupture[]> {
  return chunked(episodeIds, async (ids) => {
    // sessionsToRepair is read out of the stored engine output without parsing it in JavaScript.
    const rows = await db.$queryRaw<RuptureRow[]>`
      SELECT r."id", r."episodeId", r."onset", r."status", json_extract(r."engine", '$.sessionsToRepair') AS "sessionsToRepair", s."date" AS "onsetDate"
      FROM "Rupture" r JOIN "Session" s ON s."episodeId" = r."episodeId" AND s."number" = r."onset"
      WHERE r."episodeId" IN (${ids}) AND ${liveRuptureSql} AND s."date" >= ${period.from} AND s."date" < ${period.to}`;
    return rows.map((r) => ({
      id: r.id,
      episodeId: r.episodeId,
      onset: Number(r.onset),
      onsetDate: r.onsetDate === null ? null : asDate(r.onsetDate),
      status: parseColumn("ruptureStatus", r.status),
      sessionsToRepair: r.sessionsToRepair === null ? null : Number(r.sessionsToRepair),
    }));
  });
}

type TriageRuptureRow = { id: string; episodeId: string; onset: number | bigint; status: string; engine: string; onsetDate: Date | string | null };

/** The live open and unrepaired ruptures of these episodes, with the engine's rules to explain them. */
export function triageRuptures(episodeIds: string[]): Promise<(TriageRupture & { episodeId: string })[]> {
  return chunked(episodeIds, async (ids) => {
    const rows = await db.$queryRaw<TriageRuptureRow[]>`
      SELECT r."id", r."episodeId", r."onset", r."status", r."engine", s."date" AS "onsetDate"
      FROM "Rupture" r LEFT JOIN "Session" s ON s."episodeId" = r."episodeId" AND s."number" = r."onset"
      WHERE r."episodeId" IN (${ids}) AND ${countedRuptureSql}`;
    return rows.map((r) => {
      const engine = JSON.parse(r.engine) as { rules?: RuleFiring[]; dimensions?: Dimension[]; sessionsToRepair?: number | null };
      return {
        id: r.id,
        episodeId: r.episodeId,
        onset: Number(r.onset),
        onsetDate: r.onsetDate === null ? null : asDate(r.onsetDate),
        status: parseColumn("ruptureStatus", r.status),
        sessionsToRepair: engine.sessionsToRepair ?? null,
        rules: engine.rules ?? [],
        dimensions: engine.dimensions ?? [],
      };
    });
  });
}

/** Group rows by their episode id. */
export function byEpisode<T extends { episodeId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) (map.get(r.episodeId) ?? map.set(r.episodeId, []).get(r.episodeId)!).push(r);
  return map;
}
