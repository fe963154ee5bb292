-- The login throttle (lib/data/login-throttle.ts) keeps its growing wait in the RateLimit table
-- AlterTable
ALTER TABLE "RateLimit" ADD COLUMN "blockedUntil" DATETIME;
