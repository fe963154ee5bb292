-- One-time passwords and ending a user's other logins (issue 11: a clinic runs its own accounts).
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "User" ADD COLUMN "loginsValidFrom" DATETIME;
