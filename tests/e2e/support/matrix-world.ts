import type { Browser, BrowserContext } from "@playwright/test";
import { createPrismaClient } from "@/lib/prisma-client";
import { hashPassword } from "@/lib/password";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { createClinic, createEpisode, createPatient, createSession, createSupervision, createUser } from "@/prisma/factories";
import { E2E_DATABASE_URL } from "../../../playwright.config";
import { DEMO_PASSWORD, loginAs } from "../fixtures";
import type { Actor } from "../../support/access-table";

// The actors of the access matrix and the records they aim at, on the e2e database: the demo clinic,
// plus a therapist of its own whose caseload holds every target (supervised by supervisor@, so the
// demo therapists' caseloads stay as the other tests expect), and a second clinic.
export const db = createPrismaClient(E2E_DATABASE_URL);
export const OWNER = "matrix-owner@example.test";
const OTHER_CLINIC = "matrix-other-clinic@example.test";

/** In the order the matrix calls them: the one allowed to write goes last, after every refusal. */
export const ACTORS: Actor[] = [
  { name: "no session", email: null, roles: [], relation: null },
  { name: "rating link holder", email: null, roles: [], relation: null, ratingLink: true },
  { name: "another therapist", email: "therapist2@demo.bordin", roles: ["THERAPIST"], relation: "other" },
  { name: "the therapist's supervisor", email: "supervisor@demo.bordin", roles: ["SUPERVISOR"], relation: "supervisee" },
  { name: "another supervisor", email: "supervisor2@demo.bordin", roles: ["SUPERVISOR"], relation: "other" },
  { name: "the clinic's admin", email: "admin@demo.bordin", roles: ["ADMIN"], relation: "other" },
  { name: "all roles in another clinic", email: OTHER_CLINIC, roles: ["ADMIN", "SUPERVISOR", "THERAPIST"], relation: "other-clinic" },
  { name: "the treating therapist", email: OWNER, roles: ["THERAPIST"], relation: "own" },
];

/**
 * The owner of every target (a therapist of the demo clinic under supervisor@), and a user in a
 * second clinic with every role: the most a stranger to the clinic can hold.
 */
export async function ensureMatrixUsers(): Promise<void> {
  if (await db.user.findUnique({ where: { email: OTHER_CLINIC } })) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const supervisor = await db.user.findUniqueOrThrow({ where: { email: "supervisor@demo.bordin" } });
  const owner = await createUser(db, { clinicId: supervisor.clinicId, roles: ["THERAPIST"], passwordHash, email: OWNER, name: "Matrix Owner", locale: "en" });
  await createSupervision(db, { clinicId: supervisor.clinicId, supervisorId: supervisor.id, therapistId: owner.id });
  const clinic = await createClinic(db, { name: "Matrix other clinic", defaultLocale: "en" });
  await createUser(db, { clinicId: clinic.id, roles: ["ADMIN", "SUPERVISOR", "THERAPIST"], passwordHash, email: OTHER_CLINIC, locale: "en" });
}

/** A browser context per actor, logged in once through the real form (none for no session). */
export async function signIn(browser: Browser, baseURL: string, actor: Actor): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: "bordin-locale", value: "en", url: baseURL }]);
  if (actor.email) {
    const page = await context.newPage();
    await loginAs(page, actor.email);
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.close();
  }
  return context;
}

export type Targets = {
  patient: string; episode: string; session: string; rupture: string; openLinkSession: string;
  /** The owner's user id; a fresh therapist colleague of the owner (one patient, no login); a fresh supervisor, who supervises the colleague. */
  owner: string; user: string; supervisor: string;
  /** A note on the owner by the owner's supervisor (supervisor@). */
  note: string;
};

/**
 * Fresh records of the owner for one route: a patient without an episode (to start one), an active
 * episode with session 1 and a flagged rupture, and a session with an open rating link to revoke.
 * For the admin's routes: a colleague to edit, deactivate or hand a caseload over from, and a
 * supervisor paired with them (accounts that cannot log in, so no other test meets them).
 */
export async function freshTargets(): Promise<Targets> {
  const owner = await db.user.findUniqueOrThrow({ where: { email: OWNER } });
  const base = { clinicId: owner.clinicId, therapistId: owner.id };
  const noLogin = { clinicId: owner.clinicId, passwordHash: "matrix-no-login", locale: "en" };
  const user = await createUser(db, { ...noLogin, roles: ["THERAPIST"], name: "Matrix Colleague" });
  const supervisor = await createUser(db, { ...noLogin, roles: ["SUPERVISOR"], name: "Matrix Supervisor" });
  await createSupervision(db, { clinicId: owner.clinicId, supervisorId: supervisor.id, therapistId: user.id });
  await createPatient(db, { clinicId: owner.clinicId, therapistId: user.id });
  const patient = await createPatient(db, base);
  const withEpisode = await createPatient(db, base);
  const episode = await createEpisode(db, { ...base, patientId: withEpisode.id, startDate: new Date("2026-01-05") });
  // A withdrawal the therapist observed flags a rupture at once: the engine's own row, as in the app.
  const session = await createSession(db, { clinicId: owner.clinicId, episodeId: episode.id, number: 1, date: new Date("2026-01-12"), marker: "withdrawal", markerDimension: "bond" });
  const linked = await createSession(db, { clinicId: owner.clinicId, episodeId: episode.id, number: 2, date: new Date("2026-01-19") });
  await db.ratingLink.create({
    data: { clinicId: owner.clinicId, sessionId: linked.id, tokenHash: `matrix-${linked.id}`, codeHash: `matrix-${linked.id}`, expiresAt: new Date(Date.now() + 3_600_000), createdById: owner.id },
  });
  await recomputeEpisodeRuptures(db, episode.id, new Date());
  const rupture = await db.rupture.findFirstOrThrow({ where: { episodeId: episode.id } });
  const ownersSupervisor = await db.user.findUniqueOrThrow({ where: { email: "supervisor@demo.bordin" } });
  const note = await db.supervisorNote.create({ data: { clinicId: owner.clinicId, supervisorId: ownersSupervisor.id, therapistId: owner.id, meetingDate: new Date("2026-01-20"), text: "Matrix note" } });
  return { patient: patient.id, episode: episode.id, session: session.id, rupture: rupture.id, openLinkSession: linked.id, owner: owner.id, user: user.id, supervisor: supervisor.id, note: note.id };
}

const DOMAIN_TABLES = ["clinic", "user", "supervision", "patient", "treatmentEpisode", "session", "ratingLink", "patientRating", "rupture", "supervisorNote"] as const;

/** A fingerprint of every domain table (not the audit trail or rate limits): equal means unchanged. */
export async function domainDigest(): Promise<string> {
  const parts = await Promise.all(
    DOMAIN_TABLES.map(async (t) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same call on each model delegate
      const rows: unknown[] = await (db[t] as any).findMany();
      return rows.map((r) => JSON.stringify(r)).sort().join("\n");
    }),
  );
  return parts.join("\n");
}
