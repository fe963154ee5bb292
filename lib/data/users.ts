import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { auditUser } from "@/lib/data/audit";

export async function setUserLocale(user: CurrentUser, locale: string) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id, clinicId: user.clinicId }, data: { locale } });
    await auditUser(tx, user, { action: "user.set-locale", entity: "User", entityId: user.id });
  });
}

/** The clinic's default language, for a user without a setting of their own. */
export async function clinicDefaultLocale(user: CurrentUser): Promise<string | null> {
  const clinic = await db.clinic.findUnique({ where: { id: user.clinicId }, select: { defaultLocale: true } });
  return clinic?.defaultLocale ?? null;
}
