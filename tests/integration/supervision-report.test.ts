import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { getSupervisionReport } from "@/lib/data/supervision-report";
import { createSupervisorNote } from "@/lib/data/supervisor-notes";
import { getClinicTrend } from "@/lib/data/supervision-trend";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { createEpisode, createPatient, createRating, createSession, createSupervision } from "@/prisma/factories";
import { statusOf } from "@/tests/support/status-of";
import { makeUser, twoClinics } from "@/tests/support/world";
import type { CurrentUser } from "@/lib/roles";

// The supervision report's data on a real database: the supervisee's figures, weekly trend and the
// period's ruptures (with strategies and the patient's code), the supervisor's own notes of the
// period only, one audited read; a therapist who is not a supervisee is "not found".
const db = createPrismaClient();
const PERIOD = { from: new Date("2026-01-05T00:00:00Z"), to: new Date("2026-02-02T00:00:00Z") };
let w: Awaited<ReturnType<typeof twoClinics>>;
let code: string;
let coSupervisor: CurrentUser;

beforeAll(async () => {
  w = await twoClinics(db);
  const base = { clinicId: w.clinicA.id, therapistId: w.therapistA.id };
  const patient = await createPatient(db, base);
  code = patient.code;
  const episode = await createEpisode(db, { ...base, patientId: patient.id, startDate: new Date("2026-01-01") });
  // Weekly, Mondays: 80, 80, then a withdrawal with 50, then a repair with strategies, back to 80.
  const rows: [string, number | null, object][] = [
    ["2026-01-05", 8, {}],
    ["2026-01-12", 8, {}],
    ["2026-01-19", 5, { marker: "withdrawal", markerDimension: "bond" }],
    ["2026-01-26", 8, { repairStrategies: ["validate", "metacommunicate"] }],
    ["2026-01-27", null, {}],
  ];
  for (const [i, [date, answer, extra]] of rows.entries()) {
    const s = await createSession(db, { clinicId: w.clinicA.id, episodeId: episode.id, number: i + 1, date: new Date(`${date}T00:00:00Z`), ...extra });
    if (answer !== null) await createRating(db, { clinicId: w.clinicA.id, sessionId: s.id, answers: { bond: answer, goals: answer, tasks: answer } });
  }
  await recomputeEpisodeRuptures(db, episode.id, new Date("2026-03-01"));
  coSupervisor = await makeUser(db, w.clinicA.id, ["SUPERVISOR"]);
  await createSupervision(db, { clinicId: w.clinicA.id, supervisorId: coSupervisor.id, therapistId: w.therapistA.id });
  await createSupervisorNote(w.supervisorA, { id: w.therapistA.id, meetingDate: "2026-01-20", text: "In the period" });
  await createSupervisorNote(w.supervisorA, { id: w.therapistA.id, meetingDate: "2026-03-20", text: "After it" });
  await createSupervisorNote(coSupervisor, { id: w.therapistA.id, meetingDate: "2026-01-21", text: "Someone else's" });
});

describe("the supervision report", () => {
  it("gives each supervisee's figures, weekly trend, ruptures and own notes of the period, audited once", async () => {
    const since = new Date(Date.now() - 1);
    const [report] = await getSupervisionReport(w.supervisorA, "all", PERIOD);
    expect(report.therapist.id).toBe(w.therapistA.id);
    expect(report.figures).toMatchObject({ sessions: 5, ratedSessions: 4 });
    expect(report.weeks.map((x) => [x.week, x.sessions, x.meanAlliance, x.opened])).toEqual([
      ["2026-01-05", 1, 80, 0],
      ["2026-01-12", 1, 80, 0],
      ["2026-01-19", 1, 50, 1],
      ["2026-01-26", 2, 80, 0],
    ]);
    expect(report.weeks[3].completion).toBe(0.5);
    expect(report.ruptures).toHaveLength(1);
    expect(report.ruptures[0]).toMatchObject({ code, onset: 3, dimensions: ["bond", "goals", "tasks"], status: "repaired", sessionsToRepair: 1, strategies: ["validate", "metacommunicate"] });
    // Repaired in session 4 (26 January): counted in that week.
    expect(report.weeks.map((x) => x.repaired)).toEqual([0, 0, 0, 1]);
    expect(report.notes.map((n) => n.text)).toEqual(["In the period"]);
    const events = await db.auditEvent.findMany({ where: { userId: w.supervisorA.id, at: { gte: since } }, select: { action: true, detail: true } });
    expect(events.map((e) => e.action).sort()).toEqual(["supervision.report.read", "supervisorNote.list"]);
    const read = events.find((e) => e.action === "supervision.report.read")!;
    expect(JSON.parse(read.detail!)).toEqual({ ids: [report.ruptures[0].patientId] });
  });

  it("one supervisee by id; anyone else's therapist is not found and recorded", async () => {
    expect(await getSupervisionReport(w.supervisorA, w.therapistA.id, PERIOD)).toHaveLength(1);
    const since = new Date(Date.now() - 1);
    for (const id of [w.otherTherapistA.id, w.therapistB.id, "no-such-user"]) {
      expect(await statusOf(() => getSupervisionReport(w.supervisorA, id, PERIOD)), id).toBe(404);
    }
    expect(await db.auditEvent.count({ where: { userId: w.supervisorA.id, at: { gte: since }, action: "access.denied" } })).toBe(3);
    expect(await statusOf(() => getSupervisionReport(w.therapistA, "all", PERIOD))).toBe(403);
    expect(await statusOf(() => getSupervisionReport(w.adminA, "all", PERIOD))).toBe(403);
  });

  it("the clinic trend: the supervisees' weeks, or the clinic's for an admin who supervises, audited", async () => {
    // Another therapist of the clinic with one rated session in the period; another clinic's too.
    for (const t of [w.otherTherapistA, w.therapistB]) {
      const patient = await createPatient(db, { clinicId: t.clinicId, therapistId: t.id });
      const episode = await createEpisode(db, { clinicId: t.clinicId, therapistId: t.id, patientId: patient.id, startDate: new Date("2026-01-01") });
      const s = await createSession(db, { clinicId: t.clinicId, episodeId: episode.id, number: 1, date: new Date("2026-01-06T00:00:00Z") });
      await createRating(db, { clinicId: t.clinicId, sessionId: s.id, answers: { bond: 2, goals: 2, tasks: 2 } });
    }
    const mine = await getClinicTrend(w.supervisorA, "clinic", PERIOD);
    expect(mine).toMatchObject({ scope: "supervisees", therapists: 1 });
    expect(mine.weeks[0]).toMatchObject({ week: "2026-01-05", sessions: 1, meanAlliance: 80 });
    const both = await makeUser(db, w.clinicA.id, ["ADMIN", "SUPERVISOR"]);
    const clinic = await getClinicTrend(both, "clinic", PERIOD);
    expect(clinic.scope).toBe("clinic");
    // The two therapists of clinic A (and the one made by makeUser with no patients), not clinic B's.
    expect(clinic.weeks[0]).toMatchObject({ sessions: 2, rated: 2, meanAlliance: 50 });
    expect(clinic.weeks.reduce((n, x) => n + x.sessions, 0)).toBe(6);
    const events = await db.auditEvent.findMany({ where: { userId: both.id, action: "supervision.trend.read" }, select: { detail: true } });
    expect(events.map((e) => JSON.parse(e.detail!).filters)).toEqual([{ scope: "clinic" }]);
    expect(await statusOf(() => getClinicTrend(w.adminA, "clinic", PERIOD))).toBe(403);
  });
});
