import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { getCaseload } from "@/lib/data/caseload";
import { getSupervisionSummary } from "@/lib/data/supervision";
import { createSession } from "@/prisma/factories";
import { countedRuptureSql, countedRuptureWhere, isCountedRupture, liveRuptureSql, liveRuptureWhere } from "@/lib/data/counted-ruptures";
import { twoClinics } from "@/tests/support/world";

// One rule for the ruptures that count (current, not dismissed, open or unrepaired): the query
// filter, its SQL twin and the in-memory predicate agree on every combination, and the caseload and
// the supervision summary, which both count with them, give the same figures.
const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
const combos = [true, false].flatMap((current) =>
  ["unreviewed", "confirmed", "dismissed"].flatMap((review) => ["open", "repaired", "unrepaired"].map((status) => ({ current, review, status }))),
);

beforeAll(async () => {
  w = await twoClinics(db);
  for (const [i, c] of combos.entries()) {
    // The supervisor figures date a rupture by its onset session: give each one, in January.
    await createSession(db, { clinicId: w.clinicA.id, episodeId: w.episodeA.id, number: i + 1, date: new Date(Date.UTC(2026, 0, i + 2)) });
    await db.rupture.create({ data: { clinicId: w.clinicA.id, episodeId: w.episodeA.id, onset: i + 1, engine: "{}", ...c } });
  }
});

describe("the ruptures that count", () => {
  it("the query filter and the predicate pick the same rows: current, not dismissed, open or unrepaired", async () => {
    const counted = await db.rupture.findMany({ where: { episodeId: w.episodeA.id, ...countedRuptureWhere }, orderBy: { onset: "asc" } });
    const all = await db.rupture.findMany({ where: { episodeId: w.episodeA.id }, orderBy: { onset: "asc" } });
    expect(counted.map((r) => r.id)).toEqual(all.filter(isCountedRupture).map((r) => r.id));
    expect(counted.map(({ current, review, status }) => `${current}/${review}/${status}`)).toEqual([
      "true/unreviewed/open", "true/unreviewed/unrepaired", "true/confirmed/open", "true/confirmed/unrepaired",
    ]);
  });

  it("the SQL form of the filter picks the same rows as the Prisma one", async () => {
    const counted = await db.rupture.findMany({ where: { episodeId: w.episodeA.id, ...countedRuptureWhere }, select: { id: true }, orderBy: { id: "asc" } });
    const raw = await db.$queryRaw<{ id: string }[]>`SELECT r."id" FROM "Rupture" r WHERE r."episodeId" = ${w.episodeA.id} AND ${countedRuptureSql} ORDER BY r."id"`;
    expect(raw).toEqual(counted);
    const live = await db.rupture.count({ where: { episodeId: w.episodeA.id, ...liveRuptureWhere } });
    const rawLive = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "Rupture" r WHERE r."episodeId" = ${w.episodeA.id} AND ${liveRuptureSql}`;
    expect([Number(rawLive[0].n), live]).toEqual([6, 6]);
  });

  it("the caseload and the supervision summary count alike", async () => {
    const caseload = await getCaseload(w.therapistA, { filter: "all", page: 1 });
    const row = caseload.rows.find((r) => r.episodeId === w.episodeA.id)!;
    const period = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-02-01T00:00:00Z") };
    const summary = (await getSupervisionSummary(w.supervisorA, period)).figures.find((s) => s.therapistId === w.therapistA.id)!;
    expect([row.open, row.unrepaired]).toEqual([2, 2]);
    expect([summary.ruptures.open, summary.ruptures.unrepaired]).toEqual([row.open, row.unrepaired]);
    // Repaired ones count for the repair rate under the same rule: current and not dismissed.
    expect(summary.ruptures.repaired).toBe(2);
  });
});
