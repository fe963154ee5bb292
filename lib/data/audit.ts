import { db } from "@/lib/db";
import type { DbOrTx } from "@/lib/prisma-client";
import type { CurrentUser } from "@/lib/roles";
import { notFound, type AppError } from "@/lib/errors";
import type { AuditAction } from "@/lib/audit/actions";

export type AuditInput = {
  clinicId: string | null;
  userId: string | null;
  actor: "user" | "rating-link" | "system";
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  ip?: string | null;
  detail?: AuditDetail | null;
};
/**
 * What an event's detail may hold (never codes, names or free text): for a list read the ids of
 * the records it showed; for a settings change the keys it changed and what the recomputation did;
 * for a read or export of the audit log its filters; for a move (a patient reassigned) the user ids it
 * moved from and to.
 */
export type AuditDetail = { ids?: string[]; changed?: string[]; ruptures?: Record<string, number>; filters?: Record<string, string | number>; from?: string; to?: string };

// Append-only: nothing in the app updates or deletes AuditEvent rows. Callers pass their transaction
// so the event is written together with the change it records.
export async function recordAudit(tx: DbOrTx, event: AuditInput): Promise<void> {
  const { detail, ...rest } = event;
  await tx.auditEvent.create({ data: { ...rest, entityId: event.entityId ?? null, ip: event.ip ?? null, detail: detail ? JSON.stringify(detail) : null } });
}

/** An event for something the signed-in user did or read, with their real address. */
export function auditUser(tx: DbOrTx, user: CurrentUser, event: { action: AuditAction; entity: string; entityId?: string | null; detail?: AuditDetail }): Promise<void> {
  return recordAudit(tx, { clinicId: user.clinicId, userId: user.id, actor: "user", ip: user.ip, ...event });
}

/**
 * A refused read or write of a record outside the user's scope: recorded (who tried what, from
 * where), then answered as "not found" so the answer does not reveal whether the record exists.
 * Written outside any transaction, so it stays when the write it refused is rolled back; call it
 * only after that transaction has ended.
 */
export async function deniedAccess(user: CurrentUser, entity: string, entityId: string | null | undefined): Promise<AppError> {
  // An id longer than a cuid is not one of ours: keep the trail bounded.
  await auditUser(db, user, { action: "access.denied", entity, entityId: entityId ? String(entityId).slice(0, 64) : null });
  return notFound();
}

/**
 * For a write's `.catch`: a "not found" from inside the transaction (the record is outside the
 * user's scope, or does not exist) is recorded as a refused access once the transaction is over.
 */
export function deniedOn(user: CurrentUser, entity: string, entityId: string) {
  return async (error: unknown): Promise<never> => {
    if ((error as AppError | null)?.status === 404) throw await deniedAccess(user, entity, entityId);
    throw error;
  };
}
