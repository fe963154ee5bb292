import type { AuditAction } from "@/lib/audit/actions";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { sessionTotal } from "@/lib/alliance";
import { patientWhere } from "@/lib/data/access";
import { auditUser } from "@/lib/data/audit";
import { countedRuptureWhere } from "@/lib/data/counted-ruptures";
import { LOW_COMPLETION, isFalling } from "@/lib/supervision/attention";
import type { PatientListQuery } from "@/lib/validation/patient";

// The therapist's home: one row per active treatment episode, patients needing attention first.
// Built for hundreds of patients: counts and dates come from grouped queries, and only the last
// SPARK_POINTS rated sessions per episode are read (a window query), never every session.
export const CASELOAD_PAGE_SIZE = 25;
/** Holds the caseload search (a patient code) so it stays out of URLs. */
export const CASELOAD_SEARCH_COOKIE = "bordin-caseload-q";
export const SPARK_POINTS = 12;
// The thresholds and the falling rule are shared with the supervisor figures and the triage list.
export { FALLING_BY, LOW_COMPLETION, isFalling } from "@/lib/supervision/attention";

export type CaseloadRow = {
  episodeId: string;
  patientId: string;
  code: string;
  sessions: number;
  rated: number;
  completion: number | null;
  lastSession: Date | null;
  totals: number[];
  falling: boolean;
  lowCompletion: boolean;
  open: number;
  unrepaired: number;
  rank: number;
};

export async function getCaseload(user: CurrentUser, query: PatientListQuery) {
  return caseloadOf(user, patientWhere(user, "write"), query, "caseload.read");
}

/**
 * The caseload rows of the patients `patients` selects (a filter built from lib/data/access.ts),
 * audited as `action` with the patients on the page: the therapist's own caseload, or a
 * supervisee's as their supervisor reads it (lib/data/supervision.ts).
 */
export async function caseloadOf(user: CurrentUser, patients: Prisma.PatientWhereInput, query: PatientListQuery, action: AuditAction) {
  const episodes = await db.treatmentEpisode.findMany({
    where: { status: "active", patient: { ...patients, ...(query.q ? { code: { contains: query.q } } : {}) } },
    select: { id: true, patient: { select: { id: true, code: true } } },
  });
  const ids = episodes.map((e) => e.id);
  const [sessionCounts, ratedCounts, ruptures, recent] = ids.length
    ? await Promise.all([
        db.session.groupBy({ by: ["episodeId"], where: { episodeId: { in: ids } }, _count: { _all: true }, _max: { date: true } }),
        db.session.groupBy({ by: ["episodeId"], where: { episodeId: { in: ids }, rating: { isNot: null } }, _count: { _all: true } }),
        db.rupture.groupBy({ by: ["episodeId", "status"], where: { episodeId: { in: ids }, ...countedRuptureWhere }, _count: { _all: true } }),
        recentScores(ids),
      ])
    : [[], [], [], []];

  const countsBy = new Map(sessionCounts.map((c) => [c.episodeId, c]));
  const ratedBy = new Map(ratedCounts.map((c) => [c.episodeId, c._count._all]));
  const rupturesBy = new Map(ruptures.map((r) => [`${r.episodeId}:${r.status}`, r._count._all]));
  const totalsBy = new Map<string, number[]>();
  for (const r of recent) {
    const total = sessionTotal(r);
    if (total !== null) (totalsBy.get(r.episodeId) ?? totalsBy.set(r.episodeId, []).get(r.episodeId)!).unshift(total);
  }
  const rows = episodes.map((e): CaseloadRow => {
    const counts = countsBy.get(e.id);
    const sessions = counts?._count._all ?? 0;
    const rated = ratedBy.get(e.id) ?? 0;
    const totals = totalsBy.get(e.id) ?? [];
    const countOf = (status: string) => rupturesBy.get(`${e.id}:${status}`) ?? 0;
    const falling = isFalling(totals);
    const completion = sessions ? rated / sessions : null;
    const lowCompletion = sessions >= 3 && completion !== null && completion < LOW_COMPLETION;
    const open = countOf("open");
    const unrepaired = countOf("unrepaired");
    const rank = unrepaired ? 0 : open ? 1 : falling || lowCompletion ? 2 : 3;
    return { episodeId: e.id, patientId: e.patient.id, code: e.patient.code, sessions, rated, completion, lastSession: counts?._max.date ?? null, totals, falling, lowCompletion, open, unrepaired, rank };
  });
  const filtered = query.filter === "attention" ? rows.filter((r) => r.rank < 3) : rows;
  filtered.sort((a, b) => a.rank - b.rank || (a.completion ?? 1) - (b.completion ?? 1) || a.code.localeCompare(b.code));
  const pages = Math.max(1, Math.ceil(filtered.length / CASELOAD_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const shown = filtered.slice((page - 1) * CASELOAD_PAGE_SIZE, page * CASELOAD_PAGE_SIZE);
  // One event per caseload view, naming the patients on the page; the search text is a patient code
  // and is not recorded.
  await auditUser(db, user, { action, entity: "Patient", detail: { ids: shown.map((r) => r.patientId) } });
  return {
    rows: shown,
    total: filtered.length,
    attention: rows.filter((r) => r.rank < 3).length,
    page,
    pages,
  };
}

type RecentRow = { episodeId: string; number: number; bond: number | null; goals: number | null; tasks: number | null };

/** The last SPARK_POINTS rated sessions of each episode, newest first (ids come from a scoped query). */
async function recentScores(episodeIds: string[]): Promise<RecentRow[]> {
  const rows = await db.$queryRaw<RecentRow[]>`
    SELECT "episodeId", "number", "bond", "goals", "tasks" FROM (
      SELECT s."episodeId", s."number", r."bond", r."goals", r."tasks",
             ROW_NUMBER() OVER (PARTITION BY s."episodeId" ORDER BY s."number" DESC) AS rn
      FROM "Session" s JOIN "PatientRating" r ON r."sessionId" = s."id"
      WHERE s."episodeId" IN (${Prisma.join(episodeIds)})
    ) ranked WHERE rn <= ${SPARK_POINTS} ORDER BY "episodeId", "number" DESC`;
  return rows.map((r) => ({ ...r, number: Number(r.number) }));
}
