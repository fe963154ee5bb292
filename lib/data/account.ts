import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { notFound } from "@/lib/errors";
import { auditUser } from "@/lib/data/audit";

// The signed-in user's own account. Each function acts on that user only, so the scope is the user.

/**
 * Sets the user's own new password (hashed by the caller), clears a one-time password's flag and
 * ends every login begun before now; the caller renews the login it was called from. Audited.
 */
export async function changeOwnPassword(user: CurrentUser, passwordHash: string): Promise<{ replacedOneTime: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: user.id, clinicId: user.clinicId, active: true }, select: { mustChangePassword: true } });
    if (!before) throw notFound();
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, loginsValidFrom: new Date() } });
    await auditUser(tx, user, { action: "user.change-password", entity: "User", entityId: user.id });
    return { replacedOneTime: before.mustChangePassword };
  });
}
