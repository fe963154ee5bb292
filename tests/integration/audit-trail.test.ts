import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { getPatient, listPatients } from "@/lib/data/patients";
import { getEpisode, endEpisode } from "@/lib/data/episodes";
import { getCaseload } from "@/lib/data/caseload";
import { getSupervisionSummary, getTriage } from "@/lib/data/supervision";
import { logSession } from "@/lib/data/sessions";
import { getSessionRatingStatus, createRatingLink } from "@/lib/data/rating-links";
import { createEpisode, createPatient, createSession } from "@/prisma/factories";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { statusOf } from "@/tests/support/status-of";
import { twoClinics } from "@/tests/support/world";

// The audit trail answers "who saw which patients, and who tried what they may not": list reads name
// the patients they showed, and a refused read or write of another's record leaves one event.
const db = createPrismaClient();
const PERIOD = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-02-01T00:00:00Z") };
let w: Awaited<ReturnType<typeof twoClinics>>;
let sessionA: { id: string };
beforeAll(async () => {
  w = await twoClinics(db);
  sessionA = await createSession(db, { clinicId: w.clinicA.id, episodeId: w.episodeA.id, number: 1, date: new Date("2026-01-12") });
});

const lastEvent = (userId: string) => db.auditEvent.findFirst({ where: { userId }, orderBy: [{ at: "desc" }, { id: "desc" }] });
const detailIds = (detail: string | null | undefined) => (JSON.parse(detail ?? "null") as { ids: string[] } | null)?.ids;

describe("list reads name what they showed", () => {
  it("the caseload view records the patients on the page", async () => {
    await getCaseload(w.therapistA, { page: 1, filter: "all" });
    const event = await lastEvent(w.therapistA.id);
    expect(event?.action).toBe("caseload.read");
    expect(detailIds(event?.detail)).toEqual([w.patientA.id]);
  });

  it("the API patient list records the patients it returned", async () => {
    await listPatients(w.supervisorA, { page: 1 });
    const event = await lastEvent(w.supervisorA.id);
    expect(event?.action).toBe("patient.list");
    expect(detailIds(event?.detail)).toEqual([w.patientA.id]);
  });

  it("the supervision summary records the supervisees it summarised", async () => {
    await getSupervisionSummary(w.supervisorA, PERIOD);
    const event = await lastEvent(w.supervisorA.id);
    expect(event?.action).toBe("supervision.summary.read");
    expect(detailIds(event?.detail)).toEqual([w.therapistA.id]);
  });

  it("the triage list records the patients it showed", async () => {
    const base = { clinicId: w.clinicA.id, therapistId: w.therapistA.id };
    const patient = await createPatient(db, base);
    const episode = await createEpisode(db, { ...base, patientId: patient.id, startDate: new Date("2026-01-05") });
    await createSession(db, { clinicId: w.clinicA.id, episodeId: episode.id, number: 1, date: new Date("2026-01-19"), marker: "withdrawal", markerDimension: "bond" });
    await recomputeEpisodeRuptures(db, episode.id, new Date("2026-02-01"));
    const { entries } = await getTriage(w.supervisorA, PERIOD, "en");
    expect(entries.map((e) => e.patientId)).toEqual([patient.id]);
    const event = await lastEvent(w.supervisorA.id);
    expect(event).toMatchObject({ action: "supervision.triage.read", entity: "Patient" });
    expect(detailIds(event?.detail)).toEqual([patient.id]);
  });
});

describe("a refused access leaves exactly one event and reveals nothing", () => {
  const cases = [
    ["read of another therapist's patient", "otherTherapistA", () => getPatient(w.otherTherapistA, w.patientA.id), "Patient", () => w.patientA.id],
    ["read of another clinic's episode", "therapistB", () => getEpisode(w.therapistB, w.episodeA.id), "TreatmentEpisode", () => w.episodeA.id],
    ["supervisor's read of a non-supervisee's rating status", "supervisorA", () => getSessionRatingStatus(w.supervisorA, "no-such-session"), "Session", () => "no-such-session"],
    ["write: logging a session in another's episode", "otherTherapistA", () => logSession(w.otherTherapistA, w.episodeA.id, { marker: "none", repairStrategies: [] }), "TreatmentEpisode", () => w.episodeA.id],
    ["write: ending another clinic's episode", "therapistB", () => endEpisode(w.therapistB, w.episodeA.id, {}), "TreatmentEpisode", () => w.episodeA.id],
    ["write: a rating link for another's session", "otherTherapistA", () => createRatingLink(w.otherTherapistA, sessionA.id), "Session", () => sessionA.id],
  ] as const;

  it.each(cases)("%s", async (_name, who, run, entity, id) => {
    const before = await db.auditEvent.count();
    expect(await statusOf(run)).toBe(404);
    expect(await db.auditEvent.count()).toBe(before + 1);
    const event = await lastEvent(w[who].id);
    expect(event).toMatchObject({ action: "access.denied", entity, entityId: id(), ip: "test", clinicId: w[who].clinicId });
  });

  it("the refused write changed nothing", async () => {
    expect(await db.session.count({ where: { episodeId: w.episodeA.id } })).toBe(1);
    expect(await db.ratingLink.count({ where: { sessionId: sessionA.id } })).toBe(0);
    expect((await db.treatmentEpisode.findUniqueOrThrow({ where: { id: w.episodeA.id } })).status).toBe("active");
  });
});
