-- Rating-link tokens and codes are now stored as HMAC-SHA256 keyed with the server secret instead
-- of plain SHA-256. The plain hashes of links still open cannot be converted (the secrets behind
-- them are not kept), so those links are withdrawn and the therapist creates a new one.
UPDATE "RatingLink" SET "revokedAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') WHERE "usedAt" IS NULL AND "revokedAt" IS NULL;

-- A retry of the stored rating is recognised by a keyed hash of its idempotency key, no longer by
-- comparing a hash of the content, which answered whether a guessed rating was the stored one.
ALTER TABLE "PatientRating" ADD COLUMN "idempotencyKeyHash" TEXT;
ALTER TABLE "PatientRating" DROP COLUMN "contentHash";
