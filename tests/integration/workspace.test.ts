import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { createPatient, getPatient } from "@/lib/data/patients";
import { endEpisode, getEpisode } from "@/lib/data/episodes";
import { logSession } from "@/lib/data/sessions";
import { reviewRupture } from "@/lib/data/ruptures";
import { getCaseload } from "@/lib/data/caseload";
import { allianceView } from "@/lib/data/alliance-view";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { createRating } from "@/prisma/factories";
import { AppError } from "@/lib/errors";
import { sessionCreateSchema } from "@/lib/validation/session";
import { formFields } from "@/lib/validation/form-input";
import { logSessionMutation } from "@/lib/mutations/sessions";
import { twoClinics } from "@/tests/support/world";

const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
beforeAll(async () => {
  w = await twoClinics(db);
});

const status = (e: unknown) => (e instanceof AppError ? e.status : 0);
const NOW = new Date("2026-03-01T12:00:00Z");

/** A patient with five sessions whose patient ratings form a V: 90, 90, 50, 90, 90. */
async function vPatient(code: string) {
  const { episode } = await createPatient(w.therapistA, { code, modality: "cbt", goals: ["Sleep"], startDate: "2026-01-05" }, NOW);
  const totals = [9, 9, 5, 9, 9];
  for (const [i, v] of totals.entries()) {
    const s = await logSession(w.therapistA, episode!.id, sessionCreateSchema.parse({ date: `2026-01-${10 + i}`, therapistBond: 8, repairStrategies: i === 3 ? ["metacommunicate"] : [] }), NOW);
    await createRating(db, { clinicId: w.clinicA.id, sessionId: s.id, answers: { bond: v, goals: v, tasks: v } });
    await recomputeEpisodeRuptures(db, episode!.id, NOW);
  }
  return episode!;
}

describe("workspace data layer", () => {
  it("creates a patient with its first episode, and refuses a code already in use", async () => {
    const { patient, episode } = await createPatient(w.therapistA, { code: "WS-1", birthYear: 1980, modality: "psychodynamic", goals: ["Feel less alone"] }, NOW);
    expect(episode?.status).toBe("active");
    expect(JSON.parse(episode!.goals)).toEqual(["Feel less alone"]);
    expect((await getPatient(w.therapistA, patient.id)).episodes).toHaveLength(1);
    const dup = await createPatient(w.therapistA, { code: "WS-1" }).catch((e: unknown) => e);
    expect(status(dup)).toBe(409);
    expect(status(await createPatient(w.supervisorA, { code: "WS-2" }).catch((e: unknown) => e))).toBe(403);
  });

  it("numbers sessions in turn, stores the therapist's rating ×10 and refuses a duplicate number", async () => {
    const { episode } = await createPatient(w.therapistA, { code: "WS-3", modality: "cbt", goals: [] }, NOW);
    const first = await logSession(w.therapistA, episode!.id, sessionCreateSchema.parse({ therapistBond: 7, therapistGoals: 8, therapistTasks: 9 }), NOW);
    const second = await logSession(w.therapistA, episode!.id, sessionCreateSchema.parse({}), NOW);
    expect([first.number, second.number]).toEqual([1, 2]);
    expect([first.therapistBond, first.therapistGoals, first.therapistTasks]).toEqual([70, 80, 90]);
    expect(status(await logSession(w.therapistA, episode!.id, sessionCreateSchema.parse({ number: 2 }), NOW).catch((e: unknown) => e))).toBe(409);
    expect(status(await logSession(w.otherTherapistA, episode!.id, sessionCreateSchema.parse({}), NOW).catch((e: unknown) => e))).toBe(404);
    expect(status(await logSession(w.supervisorA, episode!.id, sessionCreateSchema.parse({}), NOW).catch((e: unknown) => e))).toBe(404);
  });

  it("a therapist marker opens a rupture at once", async () => {
    const { episode } = await createPatient(w.therapistA, { code: "WS-4", modality: "cbt", goals: [] }, NOW);
    await logSession(w.therapistA, episode!.id, sessionCreateSchema.parse({ marker: "withdrawal", markerDimension: "bond" }), NOW);
    const view = allianceView(await getEpisode(w.therapistA, episode!.id));
    expect(view.ruptures.map((r) => [r.status, r.engine.dimensions])).toEqual([["open", ["bond"]]]);
  });

  it("the form's fields become the API's shape and meet the same schema, which requires a dimension with a marker", () => {
    const fromForm = (fields: Record<string, string>) => logSessionMutation.schema.safeParse(formFields(fields, logSessionMutation.form));
    const ok = fromForm({ id: "e", date: "2026-01-10", number: "", therapistBond: "7", marker: "none", note: "" });
    expect(ok.data).toMatchObject({ id: "e", therapistBond: 7, repairStrategies: [], marker: "none" });
    expect(ok.data?.number).toBeUndefined();
    expect(logSessionMutation.schema.safeParse({ id: "e", therapistBond: "7" }).success).toBe(false);
    const bad = fromForm({ id: "e", marker: "confrontation" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(["markerDimension"]);
  });

  it("a V of ratings gives one repaired rupture; dismissing it leaves the caseload figures", async () => {
    const episode = await vPatient("WS-V");
    const view = allianceView(await getEpisode(w.therapistA, episode.id));
    expect(view.ruptures.map((r) => [r.onset, r.status, r.engine.repairedAt])).toEqual([[3, "repaired", 4]]);
    // A marker at session 6 opens a second one: the caseload shows it as open, first in the list.
    await logSession(w.therapistA, episode.id, sessionCreateSchema.parse({ marker: "confrontation", markerDimension: "tasks" }), NOW);
    let caseload = await getCaseload(w.therapistA, { filter: "all", page: 1 });
    const row = caseload.rows.find((r) => r.episodeId === episode.id)!;
    expect(row).toMatchObject({ open: 1, unrepaired: 0, rank: 1, sessions: 6, rated: 5, totals: [90, 90, 50, 90, 90] });
    expect(caseload.rows[0].rank).toBeLessThanOrEqual(1);
    const open = allianceView(await getEpisode(w.therapistA, episode.id)).ruptures.find((r) => r.status === "open")!;
    expect(status(await reviewRupture(w.therapistA, { ruptureId: open.id, review: "dismissed" }).catch((e: unknown) => e))).toBe(0);
    expect(status(await reviewRupture(w.otherTherapistA, { ruptureId: open.id, review: "dismissed", note: "x" }).catch((e: unknown) => e))).toBe(404);
    await reviewRupture(w.therapistA, { ruptureId: open.id, review: "dismissed", note: "Scheduling mix-up, not a rupture." });
    caseload = await getCaseload(w.therapistA, { filter: "attention", page: 1 });
    expect(caseload.rows.find((r) => r.episodeId === episode.id)).toBeUndefined();
    // Ending the episode keeps the review: the dismissed flag is still dismissed.
    await endEpisode(w.therapistA, episode.id, {}, NOW);
    const after = allianceView(await getEpisode(w.therapistA, episode.id));
    expect(after.status).toBe("ended");
    expect(after.ruptures.find((r) => r.id === open.id)).toMatchObject({ review: "dismissed", status: "unrepaired" });
  });

  it("the caseload searches by code, pages, and shows only the therapist's own patients", async () => {
    const hit = await getCaseload(w.therapistA, { q: "WS-V", filter: "all", page: 1 });
    expect(hit.rows.map((r) => r.code)).toEqual([]); // ended above
    const all = await getCaseload(w.therapistA, { q: "WS", filter: "all", page: 1 });
    expect(all.rows.length).toBeGreaterThan(0);
    expect((await getCaseload(w.otherTherapistA, { q: "WS", filter: "all", page: 1 })).total).toBe(0);
    expect((await getCaseload(w.supervisorA, { filter: "all", page: 1 })).total).toBe(0);
    const audits = await db.auditEvent.findMany({ where: { action: "caseload.read" } });
    expect(audits.every((a) => a.entityId === null)).toBe(true);
  });
});
