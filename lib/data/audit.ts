import type { DbOrTx } from "@/lib/prisma-client";

export type AuditInput = {
  clinicId: string | null;
  userId: string | null;
  actor: "user" | "rating-link" | "system";
  action: string;
  entity: string;
  entityId?: string | null;
  ip?: string | null;
};

// Append-only: nothing in the app updates or deletes AuditEvent rows. Callers pass their transaction
// so the event is written together with the change it records.
export async function recordAudit(tx: DbOrTx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: { ...event, entityId: event.entityId ?? null, ip: event.ip ?? null } });
}
