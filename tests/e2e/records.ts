import { createPrismaClient } from "@/lib/prisma-client";
import { createEpisode, createPatient, createSession } from "@/prisma/factories";
import { E2E_DATABASE_URL } from "../../playwright.config";

// The e2e server's own database, for records a test needs and for counting what a request wrote.
export const e2eDb = createPrismaClient(E2E_DATABASE_URL);

/** A fresh session of a new patient of the demo therapist with this email. */
export async function freshSession(email = "therapist@demo.bordin") {
  const therapist = await e2eDb.user.findUniqueOrThrow({ where: { email } });
  const patient = await createPatient(e2eDb, { clinicId: therapist.clinicId, therapistId: therapist.id });
  const episode = await createEpisode(e2eDb, { clinicId: therapist.clinicId, patientId: patient.id, therapistId: therapist.id, startDate: new Date() });
  return createSession(e2eDb, { clinicId: therapist.clinicId, episodeId: episode.id, number: 1, date: new Date() });
}
