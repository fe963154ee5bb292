import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { getCaseload } from "@/lib/data/caseload";
import { listSupervisees } from "@/lib/data/supervision";
import { countedRuptureWhere, isCountedRupture } from "@/lib/data/counted-ruptures";
import { twoClinics } from "@/tests/support/world";

// One rule for the ruptures that count (current, not dismissed, open or unrepaired): the query
// filter and the in-memory predicate agree on every combination, and the caseload and the
// supervision summary, which both count with them, give the same figures.
const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
const combos = [true, false].flatMap((current) =>
  ["unreviewed", "confirmed", "dismissed"].flatMap((review) => ["open", "repaired", "unrepaired"].map((status) => ({ current, review, status }))),
);

beforeAll(async () => {
  w = await twoClinics(db);
  for (const [i, c] of combos.entries()) {
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

  it("the caseload and the supervision summary count alike", async () => {
    const caseload = await getCaseload(w.therapistA, { filter: "all", page: 1 });
    const row = caseload.rows.find((r) => r.episodeId === w.episodeA.id)!;
    const summary = (await listSupervisees(w.supervisorA)).find((s) => s.id === w.therapistA.id)!;
    expect([row.open, row.unrepaired]).toEqual([2, 2]);
    expect([summary.openRuptures, summary.unrepairedRuptures]).toEqual([row.open, row.unrepaired]);
  });
});
