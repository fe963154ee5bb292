import { createClinic, createEpisode, createPatient, createSupervision, createUser } from "@/prisma/factories";
import type { Db } from "@/lib/prisma-client";
import type { Role, CurrentUser } from "@/lib/roles";

// A small two-clinic world for access tests, built with the seed's factories.
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$not-used-in-these-tests$0000000000000000000000000000000000000000000";

export async function makeUser(db: Db, clinicId: string, roles: Role[]): Promise<CurrentUser> {
  const u = await createUser(db, { clinicId, roles, passwordHash: HASH });
  return { id: u.id, clinicId, email: u.email, name: u.name, locale: null, roles, ip: "test" };
}

export async function twoClinics(db: Db) {
  const clinicA = await createClinic(db);
  const clinicB = await createClinic(db);
  const therapistA = await makeUser(db, clinicA.id, ["THERAPIST"]);
  const otherTherapistA = await makeUser(db, clinicA.id, ["THERAPIST"]);
  const supervisorA = await makeUser(db, clinicA.id, ["SUPERVISOR"]);
  const adminA = await makeUser(db, clinicA.id, ["ADMIN"]);
  const therapistB = await makeUser(db, clinicB.id, ["THERAPIST"]);
  await createSupervision(db, { clinicId: clinicA.id, supervisorId: supervisorA.id, therapistId: therapistA.id });
  const patientA = await createPatient(db, { clinicId: clinicA.id, therapistId: therapistA.id });
  const patientB = await createPatient(db, { clinicId: clinicB.id, therapistId: therapistB.id });
  const episodeA = await createEpisode(db, { clinicId: clinicA.id, patientId: patientA.id, therapistId: therapistA.id, startDate: new Date("2026-01-05") });
  const episodeB = await createEpisode(db, { clinicId: clinicB.id, patientId: patientB.id, therapistId: therapistB.id, startDate: new Date("2026-01-05") });
  return { clinicA, clinicB, therapistA, otherTherapistA, supervisorA, adminA, therapistB, patientA, patientB, episodeA, episodeB };
}
