import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { applyMutation } from "@/lib/mutation";
import { AppError } from "@/lib/errors";
import { getPatient } from "@/lib/data/patients";
import { getEpisode } from "@/lib/data/episodes";
import { getCaseload } from "@/lib/data/caseload";
import { allianceView } from "@/lib/data/alliance-view";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { assignSupervision, listSupervisionPairs, removeSupervision } from "@/lib/data/supervision-admin";
import { listPatientsByCode, reassignCaseload, reassignPatient } from "@/lib/data/patient-reassign";
import { updateUser } from "@/lib/data/user-admin";
import { assignSupervisionMutation, removeSupervisionMutation } from "@/lib/mutations/supervision";
import { reassignCaseloadMutation, reassignPatientMutation } from "@/lib/mutations/reassign";
import { patientListQuery } from "@/lib/validation/patient";
import { createEpisode, createPatient, createRating, createSession } from "@/prisma/factories";
import { makeUser, twoClinics } from "@/tests/support/world";
import { statusOf } from "@/tests/support/status-of";

// Supervision pairs and caseload moves, as a clinic's administrators make them: only between active
// users of their own clinic with the right roles; a moved patient takes its whole history along,
// and the administrator still reads none of it.
const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
beforeAll(async () => {
  w = await twoClinics(db);
});

const conflictMessage = async (run: () => Promise<unknown>) => {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(409);
  return Object.values((error as AppError).fieldErrors ?? {}).flat();
};

describe("supervision pairs", () => {
  it("pairs an active supervisor with an active therapist, once, and removes the pair; each audited", async () => {
    const t = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    const pair = await assignSupervision(w.adminA, { supervisorId: w.supervisorA.id, therapistId: t.id });
    expect(pair).toMatchObject({ supervisorId: w.supervisorA.id, therapistId: t.id });
    expect(await conflictMessage(() => assignSupervision(w.adminA, { supervisorId: w.supervisorA.id, therapistId: t.id }))).toEqual(["This supervisor already supervises this therapist."]);
    expect((await listSupervisionPairs(w.adminA)).some((p) => p.therapist.id === t.id)).toBe(true);
    await removeSupervision(w.adminA, { supervisorId: w.supervisorA.id, therapistId: t.id });
    expect(await statusOf(() => removeSupervision(w.adminA, { supervisorId: w.supervisorA.id, therapistId: t.id }))).toBe(404);
    const trail = await db.auditEvent.findMany({ where: { entityId: t.id, action: { startsWith: "supervision." } } });
    expect(trail.map((e) => e.action).sort()).toEqual(["supervision.assign", "supervision.remove"]);
  });

  it("refuses a missing role, a deactivated user and a therapist supervising themselves, with clear messages", async () => {
    const both = await makeUser(db, w.clinicA.id, ["SUPERVISOR", "THERAPIST"]);
    const leaver = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    await updateUser(w.adminA, { id: leaver.id, active: false });
    expect(await conflictMessage(() => assignSupervision(w.adminA, { supervisorId: w.therapistA.id, therapistId: both.id }))).toEqual(["This user does not hold the supervisor role."]);
    expect(await conflictMessage(() => assignSupervision(w.adminA, { supervisorId: both.id, therapistId: w.supervisorA.id }))).toEqual(["This user does not hold the therapist role."]);
    expect(await conflictMessage(() => assignSupervision(w.adminA, { supervisorId: both.id, therapistId: leaver.id }))).toEqual(["This user is deactivated."]);
    expect(await conflictMessage(() => assignSupervision(w.adminA, { supervisorId: both.id, therapistId: both.id }))).toEqual(["A therapist cannot supervise themselves."]);
  });

  it("another clinic's admin reaches no pair and no user of this clinic; other roles get 404", async () => {
    const outsider = await makeUser(db, w.clinicB.id, ["ADMIN"]);
    const pair = { supervisorId: w.supervisorA.id, therapistId: w.therapistA.id };
    expect(await statusOf(() => assignSupervision(outsider, { supervisorId: w.supervisorA.id, therapistId: w.otherTherapistA.id }))).toBe(404);
    expect(await statusOf(() => removeSupervision(outsider, pair))).toBe(404);
    expect(await listSupervisionPairs(outsider)).toEqual([]);
    for (const actor of [w.therapistA, w.supervisorA]) {
      expect(await statusOf(() => applyMutation(assignSupervisionMutation, actor, { supervisorId: w.supervisorA.id, therapistId: w.otherTherapistA.id }, "en"))).toBe(404);
      expect(await statusOf(() => applyMutation(removeSupervisionMutation, actor, pair, "en"))).toBe(404);
    }
    expect(await db.supervision.count({ where: pair })).toBe(1);
    expect(await db.supervision.count({ where: { therapistId: w.otherTherapistA.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { userId: outsider.id, action: "access.denied" } })).toBe(2);
  });
});

/** A patient of `therapist` with an episode of three rated sessions, the last a rupture. */
async function patientWithHistory(therapistId: string) {
  const patient = await createPatient(db, { clinicId: w.clinicA.id, therapistId, birthYear: 1980 });
  const episode = await createEpisode(db, { clinicId: w.clinicA.id, patientId: patient.id, therapistId, startDate: new Date("2026-01-05") });
  for (const [i, v] of [9, 9, 3].entries()) {
    const s = await createSession(db, { clinicId: w.clinicA.id, episodeId: episode.id, number: i + 1, date: new Date(`2026-01-1${i}`) });
    await createRating(db, { clinicId: w.clinicA.id, sessionId: s.id, answers: { bond: v, goals: v, tasks: v } });
  }
  await recomputeEpisodeRuptures(db, episode.id, new Date("2026-02-01"));
  return { patient, episode };
}

describe("reassigning patients", () => {
  it("moves the patient with its episodes; the new therapist reads the whole history, the old one and the admin nothing", async () => {
    const from = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    const to = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    const { patient, episode } = await patientWithHistory(from.id);
    const before = allianceView(await getEpisode(from, episode.id));
    expect(before.ruptures.length).toBeGreaterThan(0);
    const result = await reassignPatient(w.adminA, { id: patient.id, therapistId: to.id });
    expect(result).toEqual({ patientId: patient.id, fromTherapistId: from.id, toTherapistId: to.id, episodes: 1 });
    expect((await db.treatmentEpisode.findUniqueOrThrow({ where: { id: episode.id } })).therapistId).toBe(to.id);
    const after = allianceView(await getEpisode(to, episode.id));
    expect(after.sessions.map((s) => s.patient?.total)).toEqual(before.sessions.map((s) => s.patient?.total));
    expect(after.ruptures.map((r) => r.id)).toEqual(before.ruptures.map((r) => r.id));
    expect((await getCaseload(to, patientListQuery.parse({}))).rows.map((r) => r.patientId)).toContain(patient.id);
    expect(await statusOf(() => getEpisode(from, episode.id))).toBe(404);
    expect(await statusOf(() => getPatient(from, patient.id))).toBe(404);
    expect(await statusOf(() => getPatient(w.adminA, patient.id))).toBe(404);
    expect(await statusOf(() => getEpisode(w.adminA, episode.id))).toBe(404);
    const [event] = await db.auditEvent.findMany({ where: { action: "patient.reassign", entityId: patient.id } });
    expect(JSON.parse(event.detail!)).toEqual({ from: from.id, to: to.id });
    expect(JSON.stringify(event)).not.toContain(patient.code);
  });

  it("the admin's list shows code and therapist only, filters by therapist, and is audited as a list of patients", async () => {
    const leaver = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    const { patient } = await patientWithHistory(leaver.id);
    const list = await listPatientsByCode(w.adminA, { therapistId: leaver.id, page: 1 });
    expect(list.patients).toEqual([{ id: patient.id, code: patient.code, therapist: { id: leaver.id, name: "Test User", active: true } }]);
    const [event] = await db.auditEvent.findMany({ where: { action: "patient.codes.list", userId: w.adminA.id }, orderBy: { at: "desc" }, take: 1 });
    expect(JSON.parse(event.detail!)).toEqual({ ids: [patient.id] });
  });

  it("moves a leaver's whole caseload in one go, one event per patient", async () => {
    const leaver = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    const to = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    const a = await patientWithHistory(leaver.id);
    const b = await patientWithHistory(leaver.id);
    await updateUser(w.adminA, { id: leaver.id, active: false });
    expect(await reassignCaseload(w.adminA, { fromTherapistId: leaver.id, toTherapistId: to.id })).toMatchObject({ patients: 2, episodes: 2 });
    expect(await db.patient.count({ where: { therapistId: leaver.id } })).toBe(0);
    expect(await db.treatmentEpisode.count({ where: { id: { in: [a.episode.id, b.episode.id] }, therapistId: to.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "patient.reassign", entityId: { in: [a.patient.id, b.patient.id] } } })).toBe(2);
    expect(await conflictMessage(() => reassignCaseload(w.adminA, { fromTherapistId: leaver.id, toTherapistId: to.id }))).toEqual(["This therapist has no patients to reassign."]);
  });

  it("refuses a receiver who is not an active therapist or already holds the patient", async () => {
    const { patient } = await patientWithHistory(w.therapistA.id);
    const leaver = await makeUser(db, w.clinicA.id, ["THERAPIST"]);
    await updateUser(w.adminA, { id: leaver.id, active: false });
    expect(await conflictMessage(() => reassignPatient(w.adminA, { id: patient.id, therapistId: w.supervisorA.id }))).toEqual(["This user does not hold the therapist role."]);
    expect(await conflictMessage(() => reassignPatient(w.adminA, { id: patient.id, therapistId: leaver.id }))).toEqual(["This user is deactivated."]);
    expect(await conflictMessage(() => reassignPatient(w.adminA, { id: patient.id, therapistId: w.therapistA.id }))).toEqual(["The patient already belongs to this therapist."]);
  });

  it("another clinic's admin moves nothing here, and other roles get 404", async () => {
    const outsider = await makeUser(db, w.clinicB.id, ["ADMIN", "THERAPIST"]);
    const { patient } = await patientWithHistory(w.therapistA.id);
    expect(await statusOf(() => reassignPatient(outsider, { id: patient.id, therapistId: outsider.id }))).toBe(404);
    expect(await statusOf(() => reassignPatient(outsider, { id: w.patientB.id, therapistId: w.therapistA.id }))).toBe(404);
    expect(await statusOf(() => reassignCaseload(outsider, { fromTherapistId: w.therapistA.id, toTherapistId: outsider.id }))).toBe(404);
    expect((await listPatientsByCode(outsider, { page: 1 })).patients.map((p) => p.id)).not.toContain(patient.id);
    for (const actor of [w.therapistA, w.supervisorA]) {
      expect(await statusOf(() => applyMutation(reassignPatientMutation, actor, { id: patient.id, therapistId: w.otherTherapistA.id }, "en"))).toBe(404);
      expect(await statusOf(() => applyMutation(reassignCaseloadMutation, actor, { fromTherapistId: w.therapistA.id, toTherapistId: w.otherTherapistA.id }, "en"))).toBe(404);
    }
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).therapistId).toBe(w.therapistA.id);
    expect((await db.patient.findUniqueOrThrow({ where: { id: w.patientB.id } })).therapistId).toBe(w.therapistB.id);
  });
});
