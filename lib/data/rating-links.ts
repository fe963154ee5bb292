import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { conflict, notFound } from "@/lib/errors";
import { sessionWhere } from "@/lib/data/access";
import { auditUser, deniedAccess, deniedOn } from "@/lib/data/audit";
import { ratingColumns } from "@/lib/data/columns";
import { keyedHash, newCode, newToken } from "@/lib/rating/token";
import { linkState, type LinkState } from "@/lib/data/ratings";
import { canWritePatient } from "@/lib/data/patients";

// The therapist's side of rating links. Only the therapist of the patient may create or revoke a
// link (write scope); a supervisor may see whether the rating has arrived (read scope).

export type CreatedLink = { sessionId: string; token: string; code: string; expiresAt: Date };
/** What "Get rating link" found: a new link, or the session's open one, kept (its token is not known again). */
export type GotLink = CreatedLink | { sessionId: string; kept: true };
type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * A fresh single-use link for a session, revoking any earlier one. The token and code are returned
 * this once: only their keyed hashes are stored.
 */
export async function createRatingLink(user: CurrentUser, sessionId: string, now = new Date()): Promise<CreatedLink> {
  return db.$transaction((tx) => newLink(tx, user, sessionId, now)).catch(deniedOn(user, "Session", sessionId));
}

/**
 * "Get rating link": a new link unless the session has an open one, which is then kept as it is
 * (nothing written, nothing audited as a write). A patient may already have scanned an open link, so
 * only an explicit "withdraw and make a new one" (`createRatingLink`) replaces it.
 */
export async function getOrCreateRatingLink(user: CurrentUser, sessionId: string, now = new Date()): Promise<GotLink> {
  return db.$transaction(async (tx): Promise<GotLink> => {
    const open = await tx.ratingLink.findFirst({ where: { sessionId, usedAt: null, revokedAt: null, expiresAt: { gt: now }, session: sessionWhere(user, "write") }, select: { id: true } });
    return open ? { sessionId, kept: true } : newLink(tx, user, sessionId, now);
  }).catch(deniedOn(user, "Session", sessionId));
}

async function newLink(tx: Tx, user: CurrentUser, sessionId: string, now: Date): Promise<CreatedLink> {
  const session = await tx.session.findFirst({
    where: { id: sessionId, ...sessionWhere(user, "write") },
    select: { id: true, clinicId: true, clinic: { select: { ratingLinkHours: true } }, rating: { select: { id: true } } },
  });
  if (!session) throw notFound();
  if (session.rating) throw conflict("This session already has the patient's rating.");
  await tx.ratingLink.updateMany({ where: { sessionId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const token = newToken();
  let code = newCode();
  // Codes are short, so a clash with an earlier link is possible, if unlikely: draw again.
  while (await tx.ratingLink.findUnique({ where: { codeHash: keyedHash("code", code) }, select: { id: true } })) code = newCode();
  const expiresAt = new Date(now.getTime() + session.clinic.ratingLinkHours * 3_600_000);
  const link = await tx.ratingLink.create({
    data: { clinicId: session.clinicId, sessionId, tokenHash: keyedHash("token", token), codeHash: keyedHash("code", code), expiresAt, createdById: user.id, createdAt: now },
    select: { id: true },
  });
  await auditUser(tx, user, { action: "rating-link.create", entity: "RatingLink", entityId: link.id });
  return { sessionId, token, code, expiresAt };
}

/** Withdraws the session's open link, if any, so it can no longer be used. */
export async function revokeRatingLink(user: CurrentUser, sessionId: string, now = new Date()): Promise<{ sessionId: string; revoked: number }> {
  return db.$transaction(async (tx) => {
    const session = await tx.session.findFirst({ where: { id: sessionId, ...sessionWhere(user, "write") }, select: { id: true } });
    if (!session) throw notFound();
    const { count } = await tx.ratingLink.updateMany({ where: { sessionId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await auditUser(tx, user, { action: "rating-link.revoke", entity: "Session", entityId: sessionId });
    return { sessionId, revoked: count };
  }).catch(deniedOn(user, "Session", sessionId));
}

/**
 * A session's rating-link status and, once it has arrived, the patient's rating (audited read).
 * `made` is a link this browser was just given (lib/rating/new-link.ts): it comes back as `shown`
 * only while it is the session's open link, checked against the stored hashes.
 */
export async function getSessionRatingStatus(user: CurrentUser, sessionId: string, now = new Date(), made?: { token: string; code: string } | null) {
  const session = await db.session.findFirst({
    where: { id: sessionId, ...sessionWhere(user, "read") },
    select: {
      id: true,
      number: true,
      date: true,
      episode: { select: { id: true, patient: { select: { id: true, code: true, therapistId: true } } } },
      rating: { select: { bond: true, goals: true, tasks: true, difficulty: true, talkedAbout: true, comment: true, submittedAt: true } },
      ratingLinks: { orderBy: { createdAt: "desc" }, take: 1, select: { expiresAt: true, usedAt: true, revokedAt: true, createdAt: true, tokenHash: true, codeHash: true } },
    },
  });
  if (!session) throw await deniedAccess(user, "Session", sessionId);
  const canWrite = canWritePatient(user, session.episode.patient);
  await auditUser(db, user, { action: "session.rating.read", entity: "Session", entityId: session.id });
  const latest = session.ratingLinks[0];
  const state = latest ? linkState(latest, !!session.rating, now) : null;
  const shown = made && state === "open" && latest.tokenHash === keyedHash("token", made.token) && latest.codeHash === keyedHash("code", made.code) ? { token: made.token, code: made.code } : null;
  return {
    session: { id: session.id, number: session.number, date: session.date, episodeId: session.episode.id, patientId: session.episode.patient.id, patientCode: session.episode.patient.code },
    canWrite,
    link: latest && state ? { state, expiresAt: latest.expiresAt, createdAt: latest.createdAt, shown } : null,
    rating: session.rating && ratingColumns(session.rating),
  };
}

/**
 * The rating-link page's background check: has the rating arrived, and the latest link's state.
 * Nothing about the patient (no code, no answers), so unlike the page view it writes no audit event:
 * a page left open polls it every 20 seconds. Out of the user's scope is not found, as everywhere.
 */
export async function getSessionRatingState(user: CurrentUser, sessionId: string, now = new Date()): Promise<{ rated: boolean; linkState: LinkState | "none" }> {
  const session = await db.session.findFirst({
    where: { id: sessionId, ...sessionWhere(user, "read") },
    select: { rating: { select: { id: true } }, ratingLinks: { orderBy: { createdAt: "desc" }, take: 1, select: { expiresAt: true, usedAt: true, revokedAt: true } } },
  });
  // A refused look is recorded like any other; the rightful therapist's polls never land here.
  if (!session) throw await deniedAccess(user, "Session", sessionId);
  const latest = session.ratingLinks[0];
  return { rated: !!session.rating, linkState: latest ? linkState(latest, !!session.rating, now) : "none" };
}
