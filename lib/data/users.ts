import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/roles";
import { auditUser } from "@/lib/data/audit";

export async function setUserLocale(user: SessionUser, locale: string) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id, clinicId: user.clinicId }, data: { locale } });
    await auditUser(tx, user, { action: "user.set-locale", entity: "User", entityId: user.id });
  });
}
