import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Dimension, RuleFiring } from "@/lib/alliance";
import { parseColumn } from "@/lib/data/columns";
import { countedRuptureSql, liveRuptureSql } from "@/lib/data/counted-ruptures";
import type { EpisodeStats, FigureRupture, FigureSession, Period } from "@/lib/supervision/figures";
import type { TriageRupture } from "@/lib/supervision/triage";

// The supervisor's raw reads: a few set-wise queries over selected columns, whatever the number of
// supervisees, so the supervisor home stays fast on a large clinic (docs/benchmarks.md). They
// select by the supervisees' ids in the clinic (a join, not a list of every episode id: binding
// 1,500 parameters costs more than the query); the caller keeps only rows of the episodes that its
// scoped query (`episodeWhere`, lib/data/access.ts) returned, so the access rules still decide.
export type SuperviseeScope = { clinicId: string; therapistIds: string[] };

/** Sessions kept per treatment episode for the triage's latest-state reasons (falling, missing). */
export const TRIAGE_RECENT = 12;

export const episodesOf = (scope: SuperviseeScope, alias: "s" | "r") =>
  Prisma.sql`JOIN "TreatmentEpisode" e ON e."id" = ${Prisma.raw(`${alias}."episodeId"`)} AND e."clinicId" = ${scope.clinicId} AND e."therapistId" IN (${Prisma.join(scope.therapistIds)})`;
export const asDate = (d: Date | string) => (d instanceof Date ? d : new Date(d));

// A session's total as lib/alliance's sessionTotal: the mean of the subscales present, else NULL.
const total = (b: string, g: string, t: string) =>
  Prisma.raw(`(COALESCE(${b}, 0) + COALESCE(${g}, 0) + COALESCE(${t}, 0)) * 1.0 / NULLIF((${b} IS NOT NULL) + (${g} IS NOT NULL) + (${t} IS NOT NULL), 0)`);
export const PATIENT_TOTAL = total(`pr."bond"`, `pr."goals"`, `pr."tasks"`);
const THERAPIST_TOTAL = total(`s."therapistBond"`, `s."therapistGoals"`, `s."therapistTasks"`);

type StatsRow = { episodeId: string; sessions: number | bigint; rated: number | bigint; n: number | bigint; sx: number | bigint | null; sy: number | null; sxy: number | null; sxx: number | bigint | null; gapN: number | bigint; gapSum: number | null };

/**
 * `episodeStats` of lib/supervision/figures.ts for each episode, added up by SQLite: one row per
 * episode instead of every session (30,000 in a year of a large clinic). The totals are computed
 * once per session in the inner query (`LIMIT -1` keeps SQLite from inlining them into every sum).
 * tests/integration/supervision.test.ts holds the two equal.
 */
export async function statsInPeriod(scope: SuperviseeScope, period: Period): Promise<(EpisodeStats & { episodeId: string })[]> {
  if (!scope.therapistIds.length) return [];
  const rows = await db.$queryRaw<StatsRow[]>`
    SELECT "episodeId", COUNT(*) AS "sessions", SUM("rated") AS "rated",
      COUNT(p) AS "n", SUM(CASE WHEN p IS NOT NULL THEN x END) AS "sx", SUM(p) AS "sy", SUM(p * x) AS "sxy", SUM(CASE WHEN p IS NOT NULL THEN x * x END) AS "sxx",
      COUNT(t - p) AS "gapN", SUM(t - p) AS "gapSum"
    FROM (
      SELECT s."episodeId", s."number" AS x, (pr."id" IS NOT NULL) AS "rated", ${PATIENT_TOTAL} AS p, ${THERAPIST_TOTAL} AS t
      FROM "Session" s ${episodesOf(scope, "s")} LEFT JOIN "PatientRating" pr ON pr."sessionId" = s."id"
      WHERE s."date" >= ${period.from} AND s."date" < ${period.to} LIMIT -1
    ) GROUP BY "episodeId"`;
  return rows.map((r) => ({
    episodeId: r.episodeId,
    sessions: Number(r.sessions),
    rated: Number(r.rated),
    totals: { n: Number(r.n), sx: Number(r.sx ?? 0), sy: r.sy ?? 0, sxy: r.sxy ?? 0, sxx: Number(r.sxx ?? 0) },
    gap: { n: Number(r.gapN), sum: r.gapSum ?? 0 },
  }));
}

type RuptureRow = { id: string; episodeId: string; onset: number | bigint; status: string; sessionsToRepair: number | bigint | null; onsetDate: Date | string | null };
export type EpisodeRupture = FigureRupture & { episodeId: string };

/** The live ruptures whose onset session is dated in the period. */
export async function rupturesInPeriod(scope: SuperviseeScope, period: Period): Promise<EpisodeRupture[]> {
  if (!scope.therapistIds.length) return [];
  // sessionsToRepair is read out of the stored engine output without parsing it in JavaScript.
  const rows = await db.$queryRaw<RuptureRow[]>`
    SELECT r."id", r."episodeId", r."onset", r."status", json_extract(r."engine", '$.sessionsToRepair') AS "sessionsToRepair", s."date" AS "onsetDate"
    FROM "Rupture" r ${episodesOf(scope, "r")} JOIN "Session" s ON s."episodeId" = r."episodeId" AND s."number" = r."onset"
    WHERE ${liveRuptureSql} AND s."date" >= ${period.from} AND s."date" < ${period.to}`;
  return rows.map((r) => ({
    id: r.id,
    episodeId: r.episodeId,
    onset: Number(r.onset),
    onsetDate: r.onsetDate === null ? null : asDate(r.onsetDate),
    status: parseColumn("ruptureStatus", r.status),
    sessionsToRepair: r.sessionsToRepair === null ? null : Number(r.sessionsToRepair),
  }));
}

type SessionRow = {
  episodeId: string; number: number | bigint; date: Date | string;
  therapistBond: number | null; therapistGoals: number | null; therapistTasks: number | null;
  rated: number | bigint; bond: number | null; goals: number | null; tasks: number | null;
};
export type EpisodeSession = FigureSession & { episodeId: string };

/** Per active episode, the sessions in the period and the latest TRIAGE_RECENT before its end. */
export async function triageSessions(scope: SuperviseeScope, period: Period): Promise<EpisodeSession[]> {
  if (!scope.therapistIds.length) return [];
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT * FROM (
      SELECT s."episodeId", s."number", s."date", s."therapistBond", s."therapistGoals", s."therapistTasks",
        (pr."id" IS NOT NULL) AS "rated", pr."bond", pr."goals", pr."tasks",
        ROW_NUMBER() OVER (PARTITION BY s."episodeId" ORDER BY s."number" DESC) AS rn
      FROM "Session" s ${episodesOf(scope, "s")} AND e."status" = 'active' LEFT JOIN "PatientRating" pr ON pr."sessionId" = s."id"
      WHERE s."date" < ${period.to}
    ) WHERE rn <= ${TRIAGE_RECENT} OR "date" >= ${period.from}`;
  return rows.map((r) => {
    const therapist = r.therapistBond !== null || r.therapistGoals !== null || r.therapistTasks !== null;
    return {
      episodeId: r.episodeId,
      number: Number(r.number),
      date: asDate(r.date),
      patient: Number(r.rated) ? { bond: r.bond, goals: r.goals, tasks: r.tasks } : null,
      therapist: therapist ? { bond: r.therapistBond, goals: r.therapistGoals, tasks: r.therapistTasks } : null,
    };
  });
}

type TriageRuptureRow = { id: string; episodeId: string; onset: number | bigint; status: string; engine: string; onsetDate: Date | string | null };

/** The live open and unrepaired ruptures of active episodes, with the engine's rules to explain them. */
export async function triageRuptures(scope: SuperviseeScope): Promise<(TriageRupture & { episodeId: string })[]> {
  if (!scope.therapistIds.length) return [];
  const rows = await db.$queryRaw<TriageRuptureRow[]>`
    SELECT r."id", r."episodeId", r."onset", r."status", r."engine", s."date" AS "onsetDate"
    FROM "Rupture" r ${episodesOf(scope, "r")} AND e."status" = 'active' LEFT JOIN "Session" s ON s."episodeId" = r."episodeId" AND s."number" = r."onset"
    WHERE ${countedRuptureSql}`;
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
}

/** Group rows by their episode id. */
export function byEpisode<T extends { episodeId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) (map.get(r.episodeId) ?? map.set(r.episodeId, []).get(r.episodeId)!).push(r);
  return map;
}
