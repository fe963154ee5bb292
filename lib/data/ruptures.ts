import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { notFound } from "@/lib/errors";
import { assertRole } from "@/lib/roles";
import { episodeWhere } from "@/lib/data/access";
import { auditUser, deniedOn } from "@/lib/data/audit";
import type { RuptureReviewInput } from "@/lib/validation/rupture";

/**
 * The treating therapist confirms or dismisses an engine flag, with a note. The judgement is kept
 * across recomputation (rows are keyed by onset); a dismissed flag stays visible as dismissed but
 * leaves every count and figure.
 */
export async function reviewRupture(user: CurrentUser, input: RuptureReviewInput, now = new Date()) {
  assertRole(user, "THERAPIST");
  return db.$transaction(async (tx) => {
    const rupture = await tx.rupture.findFirst({ where: { id: input.ruptureId, clinicId: user.clinicId, episode: episodeWhere(user, "write") }, select: { id: true, episodeId: true } });
    if (!rupture) throw notFound();
    const reviewed = input.review !== "unreviewed";
    const updated = await tx.rupture.update({
      where: { id: rupture.id },
      data: { review: input.review, reviewNote: input.note ?? null, reviewedById: reviewed ? user.id : null, reviewedAt: reviewed ? now : null },
    });
    await auditUser(tx, user, { action: `rupture.${input.review === "unreviewed" ? "reopen" : input.review === "confirmed" ? "confirm" : "dismiss"}`, entity: "Rupture", entityId: rupture.id });
    return updated;
  }).catch(deniedOn(user, "Rupture", input.ruptureId));
}
