import { db } from "@/lib/db";
import type { Dimension, RepairStrategyId, RuptureEpisode } from "@/lib/alliance";
import { parseColumn } from "@/lib/data/columns";
import { liveRuptureSql } from "@/lib/data/counted-ruptures";
import { PATIENT_TOTAL, asDate, episodesOf, type SuperviseeScope } from "@/lib/data/supervision-queries";
import { parseJsonList } from "@/lib/json-list";
import type { Period } from "@/lib/supervision/figures";
import type { WeeklyRupture, WeeklySession } from "@/lib/supervision/weekly";

// The raw reads behind the weekly trend and the report's ruptures. Like supervision-queries.ts they
// select by the supervisees' ids in the clinic; the caller keeps only rows of the episodes its
// scoped query (`episodeWhere`) returned, so the access rules decide what is shown.
type Owned = { episodeId: string; therapistId: string };

type SessionRow = { episodeId: string; therapistId: string; date: Date | string; rated: number | bigint; total: number | null };

/** Each session of the supervisees in the period: its date, whether rated, the patient total. */
export async function weeklySessions(scope: SuperviseeScope, period: Period): Promise<(WeeklySession & Owned)[]> {
  if (!scope.therapistIds.length) return [];
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT s."episodeId", e."therapistId", s."date", (pr."id" IS NOT NULL) AS "rated", ${PATIENT_TOTAL} AS "total"
    FROM "Session" s ${episodesOf(scope, "s")} LEFT JOIN "PatientRating" pr ON pr."sessionId" = s."id"
    WHERE s."date" >= ${period.from} AND s."date" < ${period.to}`;
  return rows.map((r) => ({ episodeId: r.episodeId, therapistId: r.therapistId, date: asDate(r.date), rated: Boolean(Number(r.rated)), patientTotal: r.total }));
}

type RuptureRow = { episodeId: string; therapistId: string; onsetDate: Date | string | null; repairDate: Date | string | null };

/** The live ruptures that opened or were repaired in the period, dated by those sessions. */
export async function weeklyRuptures(scope: SuperviseeScope, period: Period): Promise<(WeeklyRupture & Owned)[]> {
  if (!scope.therapistIds.length) return [];
  const rows = await db.$queryRaw<RuptureRow[]>`
    SELECT r."episodeId", e."therapistId", so."date" AS "onsetDate", CASE WHEN r."status" = 'repaired' THEN sr."date" END AS "repairDate"
    FROM "Rupture" r ${episodesOf(scope, "r")}
    LEFT JOIN "Session" so ON so."episodeId" = r."episodeId" AND so."number" = r."onset"
    LEFT JOIN "Session" sr ON sr."episodeId" = r."episodeId" AND sr."number" = json_extract(r."engine", '$.repairedAt')
    WHERE ${liveRuptureSql} AND ((so."date" >= ${period.from} AND so."date" < ${period.to}) OR (sr."date" >= ${period.from} AND sr."date" < ${period.to}))`;
  const date = (d: Date | string | null) => (d === null ? null : asDate(d));
  return rows.map((r) => ({ episodeId: r.episodeId, therapistId: r.therapistId, onsetDate: date(r.onsetDate), repairDate: date(r.repairDate) }));
}

export type ReportRupture = {
  id: string;
  episodeId: string;
  patientId: string;
  code: string;
  onset: number;
  onsetDate: Date | null;
  status: RuptureEpisode["status"];
  review: string;
  dimensions: Dimension[];
  strategies: RepairStrategyId[];
  sessionsToRepair: number | null;
  closedAt: number | null;
};

/** These ruptures with what the report prints: the patient's code, dimensions, strategies logged, outcome. */
export async function reportRuptureDetails(ruptures: { id: string; onsetDate: Date | null }[]): Promise<ReportRupture[]> {
  if (!ruptures.length) return [];
  const onsetDates = new Map(ruptures.map((r) => [r.id, r.onsetDate]));
  const rows = await db.rupture.findMany({
    where: { id: { in: [...onsetDates.keys()] } },
    select: { id: true, episodeId: true, onset: true, status: true, review: true, engine: true, episode: { select: { patient: { select: { id: true, code: true } } } } },
  });
  const logged = await db.session.findMany({
    where: { episodeId: { in: [...new Set(rows.map((r) => r.episodeId))] }, repairStrategies: { not: "[]" } },
    select: { episodeId: true, number: true, repairStrategies: true },
  });
  return rows.map((r) => {
    const engine = JSON.parse(r.engine) as Pick<RuptureEpisode, "dimensions" | "closedAt" | "sessionsToRepair">;
    const end = engine.closedAt ?? Number.POSITIVE_INFINITY;
    const strategies = logged.filter((s) => s.episodeId === r.episodeId && s.number >= r.onset && s.number <= end).flatMap((s) => parseJsonList<RepairStrategyId>(s.repairStrategies));
    return {
      id: r.id,
      episodeId: r.episodeId,
      patientId: r.episode.patient.id,
      code: r.episode.patient.code,
      onset: r.onset,
      onsetDate: onsetDates.get(r.id) ?? null,
      status: parseColumn("ruptureStatus", r.status),
      review: r.review,
      dimensions: engine.dimensions ?? [],
      strategies: [...new Set(strategies)],
      sessionsToRepair: engine.sessionsToRepair ?? null,
      closedAt: engine.closedAt ?? null,
    };
  });
}
