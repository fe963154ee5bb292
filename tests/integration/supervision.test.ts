import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { getSupervisionSummary, getSuperviseeCaseload, getTriage } from "@/lib/data/supervision";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { statsInPeriod } from "@/lib/data/supervision-queries";
import { NO_STATS, episodeStats } from "@/lib/supervision/figures";
import { createEpisode, createPatient, createRating, createSession, createSupervision } from "@/prisma/factories";
import { statusOf } from "@/tests/support/status-of";
import { makeUser, twoClinics } from "@/tests/support/world";

// The supervisor's data layer on a real database: only supervisees' episodes are loaded (not the
// supervisor's own patients, not another therapist's, not another clinic's), sessions belong to the
// period by date with both ends right in SQL, and the figures come out as lib/supervision computes.
const db = createPrismaClient();
const PERIOD = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-02-01T00:00:00Z") };
let w: Awaited<ReturnType<typeof twoClinics>>;
let ownPatientOfSupervisor: string;

/** An episode with one session per date: a number is the patient's answer (0–10), null unrated. */
async function episodeWith(therapist: { id: string; clinicId: string }, rows: [string, number | null, number | null][], marker?: number) {
  const base = { clinicId: therapist.clinicId, therapistId: therapist.id };
  const patient = await createPatient(db, base);
  const episode = await createEpisode(db, { ...base, patientId: patient.id, startDate: new Date("2025-12-01") });
  for (const [i, [date, answer, own]] of rows.entries()) {
    const s = await createSession(db, { clinicId: therapist.clinicId, episodeId: episode.id, number: i + 1, date: new Date(`${date}T00:00:00Z`), therapist: own === null ? null : { bond: own, goals: own, tasks: own }, ...(marker === i + 1 ? { marker: "withdrawal" as const, markerDimension: "bond" as const } : {}) });
    if (answer !== null) await createRating(db, { clinicId: therapist.clinicId, sessionId: s.id, answers: { bond: answer, goals: answer, tasks: answer } });
  }
  await recomputeEpisodeRuptures(db, episode.id, new Date("2026-03-01"));
  return { patient, episode };
}

beforeAll(async () => {
  w = await twoClinics(db);
  // Supervisee A: 31 Dec and 1 Feb fall outside the period; 1 Jan and 31 Jan inside.
  await episodeWith(w.therapistA, [["2025-12-31", 8, null], ["2026-01-01", 8, 90], ["2026-01-08", null, 90], ["2026-01-15", 8, 90], ["2026-01-22", 8, 90], ["2026-01-31", 8, 90], ["2026-02-01", 8, null]], 4);
  // A withdrawal in the latest session: a rupture still open.
  await episodeWith(w.therapistA, [["2026-01-20", 8, null], ["2026-01-27", 8, null]], 2);
  // The supervisor is also a therapist here: their own patient is not a supervisee's.
  const both = await makeUser(db, w.clinicA.id, ["SUPERVISOR", "THERAPIST"]);
  await createSupervision(db, { clinicId: w.clinicA.id, supervisorId: both.id, therapistId: w.therapistA.id });
  ownPatientOfSupervisor = (await episodeWith(both, [["2026-01-05", 2, null], ["2026-01-12", null, null], ["2026-01-19", null, null], ["2026-01-26", null, null]], 1)).patient.id;
  await episodeWith(w.otherTherapistA, [["2026-01-05", 3, null]], 1);
  await episodeWith(w.therapistB, [["2026-01-05", 3, null]], 1);
  Object.assign(w, { both });
});

describe("the supervision summary", () => {
  it("computes each supervisee's figures over the period's sessions only", async () => {
    const { supervisees, figures } = await getSupervisionSummary(w.supervisorA, PERIOD);
    expect(supervisees.map((s) => s.id)).toEqual([w.therapistA.id]);
    expect(figures).toHaveLength(1);
    // The base episode of twoClinics has no sessions; ours have five and two in the period, six rated.
    expect(figures[0]).toMatchObject({ therapistId: w.therapistA.id, activePatients: 3, sessions: 7, ratedSessions: 6, completion: { value: 6 / 7 }, gap: { value: 10 } });
    // The withdrawals on 15 and 27 January flagged a rupture each, the latest still open.
    expect(figures[0].ruptures.open).toBe(1);
    expect(figures[0].ruptures.open + figures[0].ruptures.repaired + figures[0].ruptures.unrepaired).toBe(2);
  });

  it("leaves out the supervisor's own patients and everyone else's", async () => {
    const both = (w as unknown as { both: Awaited<ReturnType<typeof makeUser>> }).both;
    const { figures } = await getSupervisionSummary(both, PERIOD);
    expect(figures.map((f) => [f.therapistId, f.sessions])).toEqual([[w.therapistA.id, 7]]);
    const { entries } = await getTriage(both, PERIOD, "en");
    expect(entries.map((e) => e.patientId)).not.toContain(ownPatientOfSupervisor);
    expect(entries.every((e) => e.therapistId === w.therapistA.id)).toBe(true);
  });

  it("is refused to a therapist who supervises no one (403)", async () => {
    expect(await statusOf(() => getSupervisionSummary(w.therapistA, PERIOD))).toBe(403);
    expect(await statusOf(() => getTriage(w.adminA, PERIOD, "en"))).toBe(403);
  });
});

describe("the statistics SQLite adds up", () => {
  it("equal lib/supervision's episodeStats over the same sessions, partial ratings included", async () => {
    // One rating and one therapist rating with a subscale missing: totals are the mean of those present.
    const rating = await db.patientRating.findFirstOrThrow({ where: { session: { episode: { therapistId: w.therapistA.id }, date: new Date("2026-01-15T00:00:00Z") } } });
    await db.patientRating.update({ where: { id: rating.id }, data: { goals: null, tasks: 55 } });
    await db.session.update({ where: { id: rating.sessionId }, data: { therapistGoals: null, therapistTasks: 71 } });
    const episodes = await db.treatmentEpisode.findMany({ where: { therapistId: w.therapistA.id }, include: { sessions: { include: { rating: true } } } });
    const sql = new Map((await statsInPeriod({ clinicId: w.clinicA.id, therapistIds: [w.therapistA.id] }, PERIOD)).map((x) => [x.episodeId, x]));
    for (const e of episodes) {
      const js = episodeStats(e.sessions.map((s) => ({
        number: s.number,
        date: s.date,
        patient: s.rating && { bond: s.rating.bond, goals: s.rating.goals, tasks: s.rating.tasks },
        therapist: s.therapistBond === null && s.therapistGoals === null && s.therapistTasks === null ? null : { bond: s.therapistBond, goals: s.therapistGoals, tasks: s.therapistTasks },
      })), PERIOD);
      const got = sql.get(e.id) ?? NO_STATS;
      expect([got.sessions, got.rated, got.totals.n, got.gap.n]).toEqual([js.sessions, js.rated, js.totals.n, js.gap.n]);
      for (const k of ["sx", "sy", "sxy", "sxx"] as const) expect(got.totals[k]).toBeCloseTo(js.totals[k], 9);
      expect(got.gap.sum).toBeCloseTo(js.gap.sum, 9);
    }
    expect(episodes.some((e) => (sql.get(e.id)?.gap.n ?? 0) > 0)).toBe(true);
  });
});

describe("the triage list", () => {
  it("lists the supervisee's patient with the open rupture and its explanation", async () => {
    const { entries } = await getTriage(w.supervisorA, PERIOD, "nb");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ therapistId: w.therapistA.id, items: [{ reason: "rupture", status: "open", onset: 2, explanation: [expect.stringContaining("tilbaketrekning")] }] });
  });

  it("filters by therapist; a therapist who is no supervisee shows nothing", async () => {
    expect((await getTriage(w.supervisorA, PERIOD, "en", { therapistId: w.therapistA.id })).entries).toHaveLength(1);
    expect((await getTriage(w.supervisorA, PERIOD, "en", { therapistId: w.otherTherapistA.id })).entries).toEqual([]);
    expect((await getTriage(w.supervisorA, PERIOD, "en", { reason: "wide-gap" })).entries).toEqual([]);
  });
});

describe("a supervisee's caseload", () => {
  const query = { filter: "all" as const, page: 1 };

  it("is the therapist's caseload, read by the supervisor and audited with the patients shown", async () => {
    const { therapist, rows } = await getSuperviseeCaseload(w.supervisorA, w.therapistA.id, query);
    expect(therapist.id).toBe(w.therapistA.id);
    expect(rows.length).toBe(3);
    const event = await db.auditEvent.findFirst({ where: { userId: w.supervisorA.id }, orderBy: [{ at: "desc" }, { id: "desc" }] });
    expect(event).toMatchObject({ action: "supervision.caseload.read", entity: "Patient" });
    expect((JSON.parse(event!.detail!) as { ids: string[] }).ids.sort()).toEqual(rows.map((r) => r.patientId).sort());
  });

  it("is not found for a therapist who is not a supervisee, and the refusal is recorded", async () => {
    expect(await statusOf(() => getSuperviseeCaseload(w.supervisorA, w.otherTherapistA.id, query))).toBe(404);
    expect(await statusOf(() => getSuperviseeCaseload(w.supervisorA, w.therapistB.id, query))).toBe(404);
    const event = await db.auditEvent.findFirst({ where: { userId: w.supervisorA.id }, orderBy: [{ at: "desc" }, { id: "desc" }] });
    expect(event).toMatchObject({ action: "access.denied", entity: "User", entityId: w.therapistB.id });
    expect(await statusOf(() => getSuperviseeCaseload(w.therapistA, w.therapistA.id, query))).toBe(403);
  });
});
