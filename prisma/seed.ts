import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { hashPassword } from "@/lib/password";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { createClinic, createEpisode, createPatient, createRating, createSession, createSupervision, createUser } from "./factories";
import { DEMO_PASSWORD, DEMO_SUPERVISION, DEMO_USERS, demoPlan } from "./demo-plan";

/** Seeds the demo clinic into an empty database. Returns the logins it created. */
export async function seedDemo(db: Db, now = new Date()): Promise<string[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const plan = demoPlan(now);
  return db.$transaction(
    async (tx) => {
      const clinic = await createClinic(tx, { name: "Demoklinikken", defaultLocale: "nb" });
      const users = new Map<string, string>();
      for (const u of DEMO_USERS) {
        const row = await createUser(tx, { clinicId: clinic.id, passwordHash, ...u });
        users.set(u.email, row.id);
      }
      for (const [sup, ther] of DEMO_SUPERVISION) {
        await createSupervision(tx, { clinicId: clinic.id, supervisorId: users.get(sup)!, therapistId: users.get(ther)! });
      }
      const therapists = DEMO_USERS.filter((u) => u.email.startsWith("therapist")).map((u) => users.get(u.email)!);
      for (const p of plan) {
        const therapistId = therapists[p.therapistIndex];
        const patient = await createPatient(tx, { clinicId: clinic.id, therapistId, code: p.code, birthYear: p.birthYear });
        const first = p.sessions[0].date;
        const last = p.sessions[p.sessions.length - 1].date;
        const episode = await createEpisode(tx, {
          clinicId: clinic.id, patientId: patient.id, therapistId, startDate: first, modality: p.modality, goals: p.goals, endDate: p.ended ? last : null,
        });
        for (const s of p.sessions) {
          const session = await createSession(tx, { clinicId: clinic.id, episodeId: episode.id, ...s });
          if (s.rating) {
            await createRating(tx, { clinicId: clinic.id, sessionId: session.id, ...s.rating, submittedAt: new Date(s.date.getTime() + 3_600_000) });
          }
        }
        await recomputeEpisodeRuptures(tx, episode.id, now);
      }
      return DEMO_USERS.map((u) => u.email);
    },
    { timeout: 120_000 },
  );
}

// `npm run db:seed`: seeds when the database has no clinic yet.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const db = createPrismaClient();
  const existing = await db.clinic.count();
  if (existing > 0) console.log("The database already has data: not seeding.");
  else console.log(`Seeded the demo clinic. Logins (password ${DEMO_PASSWORD}):\n  ${(await seedDemo(db)).join("\n  ")}`);
  await db.$disconnect();
}
