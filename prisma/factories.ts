import type { DbOrTx } from "@/lib/prisma-client";
import type { Role } from "@/lib/roles";

// Record factories shared by the demo seed (prisma/seed.ts) and the tests, so tests build the same
// shapes the demo clinic has. They write rows as given: access checks live in lib/data, not here.
let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export async function createClinic(db: DbOrTx, data: { name?: string; defaultLocale?: string } = {}) {
  return db.clinic.create({ data: { name: data.name ?? unique("Clinic"), defaultLocale: data.defaultLocale ?? "nb" } });
}

export async function createUser(
  db: DbOrTx,
  data: { clinicId: string; roles: Role[]; passwordHash: string; email?: string; name?: string; locale?: string | null },
) {
  return db.user.create({
    data: {
      clinicId: data.clinicId,
      email: (data.email ?? `${unique("user")}@example.test`).toLowerCase(),
      name: data.name ?? "Test User",
      passwordHash: data.passwordHash,
      locale: data.locale ?? null,
      roles: { create: data.roles.map((role) => ({ role })) },
    },
    include: { roles: true },
  });
}

export async function createSupervision(db: DbOrTx, data: { clinicId: string; supervisorId: string; therapistId: string }) {
  return db.supervision.create({ data });
}

export async function createPatient(db: DbOrTx, data: { clinicId: string; therapistId: string; code?: string; birthYear?: number | null }) {
  return db.patient.create({ data: { ...data, code: data.code ?? unique("P"), birthYear: data.birthYear ?? null } });
}

export async function createEpisode(
  db: DbOrTx,
  data: { clinicId: string; patientId: string; therapistId: string; startDate: Date; modality?: string; goals?: string[]; endDate?: Date | null },
) {
  const { goals, endDate, ...rest } = data;
  return db.treatmentEpisode.create({
    data: {
      ...rest,
      modality: data.modality ?? "cbt",
      goals: JSON.stringify(goals ?? []),
      endDate: endDate ?? null,
      status: endDate ? "ended" : "active",
    },
  });
}

export type SessionFactoryInput = {
  clinicId: string;
  episodeId: string;
  number: number;
  date: Date;
  therapist?: { bond: number; goals: number; tasks: number } | null;
  marker?: "none" | "withdrawal" | "confrontation";
  markerDimension?: "bond" | "goals" | "tasks" | null;
  repairStrategies?: string[];
  note?: string | null;
};

export async function createSession(db: DbOrTx, data: SessionFactoryInput) {
  return db.session.create({
    data: {
      clinicId: data.clinicId,
      episodeId: data.episodeId,
      number: data.number,
      date: data.date,
      therapistBond: data.therapist?.bond ?? null,
      therapistGoals: data.therapist?.goals ?? null,
      therapistTasks: data.therapist?.tasks ?? null,
      marker: data.marker ?? "none",
      markerDimension: data.markerDimension ?? null,
      repairStrategies: JSON.stringify(data.repairStrategies ?? []),
      note: data.note ?? null,
    },
  });
}

/** A brief-alliance-check rating: answers on 0–10, stored as subscale scores on 0–100. */
export async function createRating(
  db: DbOrTx,
  data: {
    clinicId: string;
    sessionId: string;
    answers: { bond: number; goals: number; tasks: number };
    difficulty?: "none" | "some" | "a-lot";
    talkedAbout?: "no" | "partly" | "yes" | null;
    comment?: string | null;
    submittedAt?: Date;
  },
) {
  const { answers } = data;
  return db.patientRating.create({
    data: {
      clinicId: data.clinicId,
      sessionId: data.sessionId,
      instrumentId: "brief-alliance-check",
      answers: JSON.stringify(answers),
      bond: answers.bond * 10,
      goals: answers.goals * 10,
      tasks: answers.tasks * 10,
      difficulty: data.difficulty ?? "none",
      talkedAbout: data.talkedAbout ?? null,
      comment: data.comment ?? null,
      submittedAt: data.submittedAt ?? new Date(),
    },
  });
}
