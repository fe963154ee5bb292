import { db as appDb } from "@/lib/db";
import type { Db, DbOrTx } from "@/lib/prisma-client";
import { scoreAnswers, type Instrument } from "@/lib/alliance";
import { clinicInstrument } from "@/lib/data/clinic-settings";
import { AppError, gone, invalid, notFound, isUniqueViolation } from "@/lib/errors";
import { fieldErrors } from "@/lib/mutation";
import { recordAudit } from "@/lib/data/audit";
import { consumeRateLimit } from "@/lib/data/rate-limit";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { keyedHash } from "@/lib/rating/token";
import { ratingSubmissionSchema } from "@/lib/validation/rating";
import { zodLocaleError } from "@/lib/validation/zod-locale";
import { validationMessage } from "@/lib/validation/messages";
import type { Locale } from "@/lib/i18n/config";

// The patient's side of a rating link: no account, so no runMutation. The form action and the REST
// route both call `submitRating`, the one path: look up the link → validate with the shared schema →
// one transaction that stores the rating, uses up the link, audits and recomputes the ruptures.

/** A link as the patient reaches it: by the token in a URL or QR code, or by the typed short code. */
export type LinkRef = { token: string } | { code: string };
export type LinkState = "open" | "used" | "expired" | "revoked";

function findLink(tx: DbOrTx, ref: LinkRef) {
  const where = "token" in ref ? { tokenHash: keyedHash("token", ref.token) } : { codeHash: keyedHash("code", ref.code) };
  return tx.ratingLink.findUnique({
    where,
    include: {
      clinic: { select: { instrument: true } },
      session: { select: { episodeId: true, rating: { select: { idempotencyKeyHash: true, submittedAt: true } } } },
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

export type SubmitResult = { status: "created" | "duplicate"; submittedAt: Date };

/** How long after the rating was stored a retry with its idempotency key still gets the first answer. */
export const RETRY_WINDOW_MS = 10 * 60_000;
// Refused submissions per link (invalid, or to a used, expired or withdrawn link) in 15 minutes.
export const SUBMIT_LIMIT = 20;
const SUBMIT_WINDOW_SECONDS = 15 * 60;

// One answer for every link that takes no rating, whatever the body: a used link that answered
// differently to its stored content than to other content would reveal the patient's answers.
const linkGone = () => gone("This rating link has already been used or has expired.");
const rateLimited = () => new AppError(429, "rate_limited", "Too many attempts for this rating link. Wait 15 minutes and try again.");

/** The stored rating's first answer, when this is a retry of it: the same idempotency key, soon after. */
function retryOf(rating: { idempotencyKeyHash: string | null; submittedAt: Date } | null, keyHash: string | null, now: Date): SubmitResult | null {
  if (!rating || !keyHash || rating.idempotencyKeyHash !== keyHash) return null;
  return now.getTime() - rating.submittedAt.getTime() <= RETRY_WINDOW_MS ? { status: "duplicate", submittedAt: rating.submittedAt } : null;
}

type SubmitOptions = { locale: Locale; ip?: string | null; now?: Date; client?: Db; idempotencyKey?: string | null };

/**
 * Stores a patient's rating exactly once. A retry with the same idempotency key within 10 minutes
 * answers "duplicate" (the rating is safe) and stores nothing; content is never compared. Refused
 * submissions count against the link's rate limit; a retry and the storing submission do not.
 * @throws AppError 404 unknown link · 410 used, expired or revoked · 422 invalid · 429 rate limited
 */
export async function submitRating(ref: LinkRef, raw: unknown, opts: SubmitOptions): Promise<SubmitResult> {
  const now = opts.now ?? new Date();
  // Tests pass a second client to play a second app server on the same database.
  const db = opts.client ?? appDb;
  const keyHash = opts.idempotencyKey ? keyedHash("idempotency-key", opts.idempotencyKey) : null;
  const found = await findLink(db, ref);
  if (!found) throw notFound();
  const refuse = async (error: AppError): Promise<never> => {
    const allowed = await withWriteRetry(() => consumeRateLimit(db, `rating-link:${found.id}`, SUBMIT_LIMIT, SUBMIT_WINDOW_SECONDS, now));
    throw allowed ? error : rateLimited();
  };
  const retry = retryOf(found.session.rating, keyHash, now);
  if (retry) return retry;
  // The link's state is decided before the body is read, so the answer cannot depend on the body.
  if (linkState(found, !!found.session.rating, now) !== "open") return refuse(linkGone());
  const instrument = clinicInstrument(found.clinic);
  const parsed = ratingSubmissionSchema(instrument, opts.locale).safeParse(raw, { error: zodLocaleError(opts.locale) });
  if (!parsed.success) return refuse(invalid(fieldErrors(parsed.error), validationMessage("fieldsInvalid", opts.locale)));
  const input = parsed.data;
  try {
    return await withWriteRetry(() => db.$transaction(
      async (tx) => {
        const link = await findLink(tx, ref);
        if (!link) throw notFound();
        const again = retryOf(link.session.rating, keyHash, now);
        if (again) return again;
        if (linkState(link, !!link.session.rating, now) !== "open") throw linkGone();
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
            idempotencyKeyHash: keyHash,
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
    if (error instanceof AppError && error.status === 410) return refuse(error);
    // Another server stored a rating for this session between our read and our insert.
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.patientRating.findUnique({ where: { sessionId: found.sessionId }, select: { idempotencyKeyHash: true, submittedAt: true } });
    if (!existing) throw error;
    return retryOf(existing, keyHash, now) ?? refuse(linkGone());
  }
}

/**
 * Retries a transaction that lost a write race to another connection: SQLite answers a second
 * writer's lock upgrade with "busy" (P1008, or SQLITE_BUSY_SNAPSHOT from the driver) at once, PostgreSQL may report a serialization failure
 * (P2034). The retry then reads the winner's rating and answers as a retry of it or as a used link.
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

/** One code-entry attempt from an address, counted in the database; false once over `limit` in the window. */
export function consumeCodeEntry(address: string, limit: number, windowSeconds: number): Promise<boolean> {
  return consumeRateLimit(appDb, `rating-code:${address}`, limit, windowSeconds);
}
