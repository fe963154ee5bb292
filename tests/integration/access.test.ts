import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { getPatient } from "@/lib/data/patients";
import { AppError } from "@/lib/errors";
import { statusOf } from "@/tests/support/status-of";
import { twoClinics } from "@/tests/support/world";

const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
beforeAll(async () => {
  w = await twoClinics(db);
});


describe("patient access is decided by the data layer", () => {
  it.each([
    ["own therapist reads", "therapistA", "patientA", "read", 200],
    ["own therapist writes", "therapistA", "patientA", "write", 200],
    ["therapist of another clinic reads", "therapistB", "patientA", "read", 404],
    ["therapist reads a patient of another clinic", "therapistA", "patientB", "read", 404],
    ["another therapist in the clinic reads", "otherTherapistA", "patientA", "read", 404],
    ["supervisor reads a supervisee's patient", "supervisorA", "patientA", "read", 200],
    ["supervisor may not write a supervisee's patient", "supervisorA", "patientA", "write", 404],
    ["admin (not a therapist) reads", "adminA", "patientA", "read", 404],
  ] as const)("%s → %i", async (_name, who, patient, mode, expected) => {
    expect(await statusOf(() => getPatient(w[who], w[patient].id, mode))).toBe(expected);
  });

  it("a refused read leaves no trace of the patient in the error and writes no read audit", async () => {
    const error = await getPatient(w.therapistA, w.patientB.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(String((error as Error).message)).not.toContain(w.patientB.code);
    const audits = await db.auditEvent.count({ where: { entityId: w.patientB.id, action: "patient.read" } });
    expect(audits).toBe(0);
  });

  it("an allowed read is audited with who read what", async () => {
    await getPatient(w.therapistA, w.patientA.id);
    const event = await db.auditEvent.findFirst({ where: { entityId: w.patientA.id, action: "patient.read", userId: w.therapistA.id } });
    expect(event?.clinicId).toBe(w.clinicA.id);
  });
});
