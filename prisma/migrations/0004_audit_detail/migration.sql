-- Which records a list read showed (JSON), so the audit trail says which patients a user saw.
ALTER TABLE "AuditEvent" ADD COLUMN "detail" TEXT;
