import { beforeAll, describe, expect, it } from "vitest";
import enWorkspace from "@/lib/i18n/messages/en/workspace.json";
import nbWorkspace from "@/lib/i18n/messages/nb/workspace.json";
import { createPrismaClient } from "@/lib/prisma-client";
import { getCaseload, isFalling, CASELOAD_PAGE_SIZE } from "@/lib/data/caseload";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { createEpisode, createPatient, createRating, createSession } from "@/prisma/factories";
import { twoClinics } from "@/tests/support/world";

const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
const NOW = new Date("2026-03-01T12:00:00Z");

/** A patient of therapist A with one rating per entry of `scores` (null = session without rating). */
async function patientWith(code: string, scores: (number | null)[]) {
  const p = await createPatient(db, { clinicId: w.clinicA.id, therapistId: w.therapistA.id, code });
  const e = await createEpisode(db, { clinicId: w.clinicA.id, patientId: p.id, therapistId: w.therapistA.id, startDate: new Date("2026-01-01") });
  for (const [i, v] of scores.entries()) {
    const s = await createSession(db, { clinicId: w.clinicA.id, episodeId: e.id, number: i + 1, date: new Date(Date.UTC(2026, 0, 2 + i)) });
    if (v !== null) await createRating(db, { clinicId: w.clinicA.id, sessionId: s.id, answers: { bond: v, goals: v, tasks: v } });
  }
  await recomputeEpisodeRuptures(db, e.id, NOW);
  return e;
}

beforeAll(async () => {
  w = await twoClinics(db);
  // 60 steady patients, then one of each kind that needs attention, named so that code order alone
  // would put them last.
  for (let i = 0; i < 60; i++) await patientWith(`A-${String(i).padStart(3, "0")}`, [9, 9, 9]);
  await patientWith("Z-OPEN", [9, 9, 9, 5]);
  await patientWith("Z-UNREPAIRED", [9, 9, 9, 5, 5, 5, 5, 5, 5]);
  await patientWith("Z-FEW", [9, null, null, null]);
}, 120_000);

describe("caseload at scale", () => {
  it("puts unrepaired, then open, then low completion first, and pages by 25", async () => {
    const first = await getCaseload(w.therapistA, { filter: "all", page: 1 });
    expect(first.total).toBe(64); // the world's own patientA counts too
    expect(first.pages).toBe(3);
    expect(first.rows).toHaveLength(CASELOAD_PAGE_SIZE);
    expect(first.rows.slice(0, 3).map((r) => r.code)).toEqual(["Z-UNREPAIRED", "Z-OPEN", "Z-FEW"]);
    expect(first.rows[0]).toMatchObject({ unrepaired: 1, open: 0 });
    expect(first.rows[2]).toMatchObject({ lowCompletion: true, sessions: 4, rated: 1 });
    const last = await getCaseload(w.therapistA, { filter: "all", page: 99 });
    expect(last.page).toBe(3);
    expect(last.rows).toHaveLength(64 - 2 * CASELOAD_PAGE_SIZE);
  });

  it("filters to the patients needing attention, and sparklines hold at most 12 points", async () => {
    const attention = await getCaseload(w.therapistA, { filter: "attention", page: 1 });
    expect(attention.rows.map((r) => r.code)).toEqual(["Z-UNREPAIRED", "Z-OPEN", "Z-FEW"]);
    expect(attention.rows[0].totals).toHaveLength(9);
    expect(isFalling([90, 90, 90, 80])).toBe(true);
    expect(isFalling([90, 88, 90, 87])).toBe(false);
  });

  it("has every text in both languages", () => {
    const keys = (o: object, p = ""): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(nbWorkspace).sort()).toEqual(keys(enWorkspace).sort());
  });
});
