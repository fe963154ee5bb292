import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/roles";
import { recordAudit } from "@/lib/data/audit";

export async function setUserLocale(user: SessionUser, locale: string) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id, clinicId: user.clinicId }, data: { locale } });
    await recordAudit(tx, { clinicId: user.clinicId, userId: user.id, actor: "user", action: "user.set-locale", entity: "User", entityId: user.id, ip: user.ip });
  });
}

/** The clinic's default language, for a user without a setting of their own. */
export async function clinicDefaultLocale(user: SessionUser): Promise<string | null> {
  const clinic = await db.clinic.findUnique({ where: { id: user.clinicId }, select: { defaultLocale: true } });
  return clinic?.defaultLocale ?? null;
}
