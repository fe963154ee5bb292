import { analyzeEpisode, resolveParams, DEFAULT_PARAMS, type SessionInput } from "@/lib/alliance";
import { mulberry32, syntheticEpisodes } from "@/lib/alliance/synthetic";
import type { Db } from "@/lib/prisma-client";
import type { CurrentUser } from "@/lib/roles";
import { createClinic, createSupervision, createUser } from "@/prisma/factories";

// The benchmark's large clinic: one supervisor of 30 therapists, 50 patients each (1,500), one
// treatment episode of 20 weekly sessions per patient (30,000), scored by the seeded synthetic
// generator, about half also rated by the therapist, a fifth of the episodes ended. Ruptures are
// the engine's output stored as lib/data/rupture-sync.ts stores it. Rows go in with createMany:
// building the clinic is not what is measured.
export const SHAPE = { therapists: 30, patientsPerTherapist: 50, sessionsPerEpisode: 20 } as const;
const DAY = 86_400_000;
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$bench-not-a-login$0000000000000000000000000000000000000000000";

async function inChunks<T>(rows: T[], insert: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 2_000) await insert(rows.slice(i, i + 2_000));
}

export async function generateClinic(db: Db, now = new Date()): Promise<CurrentUser> {
  const rand = mulberry32(2024);
  const clinic = await createClinic(db, { name: "Benchmark clinic" });
  const supervisor = await createUser(db, { clinicId: clinic.id, roles: ["SUPERVISOR"], passwordHash: HASH, name: "Bench Supervisor" });
  const therapists: string[] = [];
  for (let t = 0; t < SHAPE.therapists; t++) {
    const u = await createUser(db, { clinicId: clinic.id, roles: ["THERAPIST"], passwordHash: HASH, name: `Therapist ${String(t + 1).padStart(2, "0")}` });
    await createSupervision(db, { clinicId: clinic.id, supervisorId: supervisor.id, therapistId: u.id });
    therapists.push(u.id);
  }
  const patients = [], episodes = [], sessions = [], ratings = [], ruptures = [];
  const params = resolveParams(DEFAULT_PARAMS);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let e = 0;
  for (const synthetic of syntheticEpisodes({ episodes: SHAPE.therapists * SHAPE.patientsPerTherapist, sessionsPerEpisode: SHAPE.sessionsPerEpisode, seed: 7 })) {
    const therapistId = therapists[Math.floor(e / SHAPE.patientsPerTherapist)];
    const ended = e % 5 === 4;
    const last = today - (ended ? 30 + Math.floor(rand() * 270) : 1 + Math.floor(rand() * 14)) * DAY;
    const date = (n: number) => new Date(last - (SHAPE.sessionsPerEpisode - n) * 7 * DAY);
    const [patientId, episodeId] = [`bench-p${e}`, `bench-e${e}`];
    patients.push({ id: patientId, clinicId: clinic.id, therapistId, code: `B-${e}` });
    episodes.push({ id: episodeId, clinicId: clinic.id, patientId, therapistId, startDate: date(1), endDate: ended ? date(SHAPE.sessionsPerEpisode) : null, status: ended ? "ended" : "active", modality: "cbt" });
    for (const s of synthetic.sessions) {
      const id = `${episodeId}-s${s.number}`;
      const rated = s.bond != null || s.goals != null || s.tasks != null;
      const own = rand() < 0.5 ? Math.max(0, Math.min(100, Math.round((s.bond ?? 75) + 8 + (rand() - 0.5) * 10))) : null;
      sessions.push({ id, clinicId: clinic.id, episodeId, number: s.number, date: date(s.number), therapistBond: own, therapistGoals: own, therapistTasks: own, marker: s.marker ?? "none", markerDimension: s.markerDimension ?? null });
      if (rated) ratings.push({ id: `${id}-r`, clinicId: clinic.id, sessionId: id, instrumentId: "brief-alliance-check", answers: "{}", bond: s.bond ?? null, goals: s.goals ?? null, tasks: s.tasks ?? null, difficulty: s.difficulty ?? "none", talkedAbout: s.talkedAbout ?? null, submittedAt: date(s.number) });
    }
    const input = { id: episodeId, ended, sessions: synthetic.sessions.map((s): SessionInput => ({ ...s })) };
    for (const r of analyzeEpisode(input, params, now)) ruptures.push({ clinicId: clinic.id, episodeId, onset: r.onset, engine: JSON.stringify(r), status: r.status });
    e++;
  }
  await inChunks(patients, (data) => db.patient.createMany({ data }));
  await inChunks(episodes, (data) => db.treatmentEpisode.createMany({ data }));
  await inChunks(sessions, (data) => db.session.createMany({ data }));
  await inChunks(ratings, (data) => db.patientRating.createMany({ data }));
  await inChunks(ruptures, (data) => db.rupture.createMany({ data }));
  return { id: supervisor.id, clinicId: clinic.id, email: supervisor.email, name: supervisor.name, locale: null, roles: ["SUPERVISOR"], ip: "bench" };
}
