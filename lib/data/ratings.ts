import { createHash } from "node:crypto";
import { db as appDb } from "@/lib/db";
import type { Db, DbOrTx } from "@/lib/prisma-client";
import { scoreAnswers, type Instrument } from "@/lib/alliance";
import { clinicInstrument } from "@/lib/data/clinic-settings";
import { conflict, gone, invalid, notFound, isUniqueViolation } from "@/lib/errors";
import { fieldErrors } from "@/lib/mutation";
import { recordAudit } from "@/lib/data/audit";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { hashSecret } from "@/lib/rating-token";
import { ratingSubmissionSchema, type RatingSubmission } from "@/lib/validation/rating";
import { zodLocaleError } from "@/lib/validation/zod-locale";
import type { AppLocale } from "@/lib/i18n/config";

// The patient's side of a rating link: no account, so no runMutation. The form action and the REST
// route both call `submitRating`, the one path: look up the link → validate with the shared schema →
// one transaction that stores the rating, uses up the link, audits and recomputes the ruptures.

/** A link as the patient reaches it: by the token in a URL or QR code, or by the typed short code. */
export type LinkRef = { token: string } | { code: string };
export type LinkState = "open" | "used" | "expired" | "revoked";

function findLink(tx: DbOrTx, ref: LinkRef) {
  const where = "token" in ref ? { tokenHash: hashSecret(ref.token) } : { codeHash: hashSecret(ref.code) };
  return tx.ratingLink.findUnique({
    where,
    include: {
      clinic: { select: { instrument: true } },
      session: { select: { episodeId: true, rating: { select: { contentHash: true, submittedAt: true } } } },
    },
  });
}

/** Where a link stands: withdrawn, used (or its session rated another way), past its time, or open. */
export function linkState(link: { revokedAt: Date | null; usedAt: Date | null; expiresAt: Date }, sessionRated: boolean, now: Date): LinkState {
  if (link.revokedAt) return "revoked";
  if (link.usedAt || sessionRated) return "used";
  return link.expiresAt <= now ? "expired" : "open";
}

/** What a rating page may know: the link's state and the instrument. Nothing about the patient. */
export async function openRatingLink(ref: LinkRef, now = new Date()): Promise<{ state: LinkState; instrument: Instrument } | null> {
  const link = await findLink(appDb, ref);
  return link ? { state: linkState(link, !!link.session.rating, now), instrument: clinicInstrument(link.clinic) } : null;
}

export function contentHash(instrument: Instrument, input: RatingSubmission): string {
  const answers = Object.keys(input.answers).sort().map((k) => [k, input.answers[k]]);
  const canonical = JSON.stringify([instrument.id, answers, input.difficulty, input.talkedAbout, input.comment]);
  return createHash("sha256").update(canonical).digest("hex");
}

export type SubmitResult = { status: "created" | "duplicate"; submittedAt: Date };

/**
 * Stores a patient's rating exactly once. A retry with the same content answers "duplicate" (the
 * rating is already safe) and stores nothing; different content for a rated session is a conflict.
 * @throws AppError 404 unknown link · 410 revoked or expired · 409 already rated · 422 invalid
 */
export async function submitRating(ref: LinkRef, raw: unknown, opts: { locale: AppLocale; ip?: string | null; now?: Date; client?: Db }): Promise<SubmitResult> {
  const now = opts.now ?? new Date();
  // Tests pass a second client to play a second app server on the same database.
  const db = opts.client ?? appDb;
  const found = await findLink(db, ref);
  if (!found) throw notFound();
  if (found.revokedAt) throw gone("This rating link has been replaced or withdrawn.");
  const instrument = clinicInstrument(found.clinic);
  const parsed = ratingSubmissionSchema(instrument, opts.locale).safeParse(raw, { error: zodLocaleError(opts.locale) });
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const input = parsed.data;
  const hash = contentHash(instrument, input);
  const already = (rating: { contentHash: string; submittedAt: Date }): SubmitResult => {
    if (rating.contentHash !== hash) throw conflict("A rating for this session has already been submitted.");
    return { status: "duplicate", submittedAt: rating.submittedAt };
  };
  try {
    return await withWriteRetry(() => db.$transaction(
      async (tx) => {
        const link = await findLink(tx, ref);
        if (!link) throw notFound();
        if (link.revokedAt) throw gone("This rating link has been replaced or withdrawn.");
        if (link.session.rating) return already(link.session.rating);
        if (link.usedAt || link.expiresAt <= now) throw gone("This rating link has expired.");
        const scores = scoreAnswers(instrument, input.answers);
        const rating = await tx.patientRating.create({
          data: {
            clinicId: link.clinicId,
            sessionId: link.sessionId,
            instrumentId: instrument.id,
            answers: JSON.stringify(input.answers),
            bond: scores.bond,
            goals: scores.goals,
            tasks: scores.tasks,
            difficulty: input.difficulty,
            talkedAbout: input.difficulty === "none" ? null : input.talkedAbout,
            comment: input.comment,
            contentHash: hash,
            submittedAt: now,
          },
        });
        await tx.ratingLink.update({ where: { id: link.id }, data: { usedAt: now } });
        await recordAudit(tx, { clinicId: link.clinicId, userId: null, actor: "rating-link", action: "rating.submit", entity: "PatientRating", entityId: rating.id, ip: opts.ip ?? null });
        await recomputeEpisodeRuptures(tx, link.session.episodeId, now);
        return { status: "created" as const, submittedAt: rating.submittedAt };
      },
      // SQLite serialises writers; the wait lets a burst of submissions queue rather than fail.
      { maxWait: 60_000, timeout: 30_000 },
    ));
  } catch (error) {
    // Another server stored a rating for this session between our read and our insert.
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.patientRating.findUnique({ where: { sessionId: found.sessionId }, select: { contentHash: true, submittedAt: true } });
    if (!existing) throw error;
    return already(existing);
  }
}

/**
 * Retries a transaction that lost a write race to another connection: SQLite answers a second
 * writer's lock upgrade with "busy" (P1008, or SQLITE_BUSY_SNAPSHOT from the driver) at once, PostgreSQL may report a serialization failure
 * (P2034). The retry then reads the winner's rating and answers as a duplicate or a conflict.
 */
async function withWriteRetry<T>(run: () => Promise<T>, attempts = 8): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: string } | null)?.code;
      const lost = code === "P1008" || code === "P2034" || !!code?.startsWith("SQLITE_BUSY");
      if (i >= attempts || !lost) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * i));
    }
  }
}
