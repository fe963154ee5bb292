import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { assertRole } from "@/lib/roles";
import { auditUser } from "@/lib/data/audit";
import { countedRuptureWhere } from "@/lib/data/counted-ruptures";

/** The supervisor's supervisees with a summary of their caseloads (counts only, no patient rows). */
export async function listSupervisees(user: CurrentUser) {
  assertRole(user, "SUPERVISOR");
  const links = await db.supervision.findMany({
    where: { clinicId: user.clinicId, supervisorId: user.id },
    include: { therapist: { select: { id: true, name: true, email: true } } },
    orderBy: { therapist: { name: "asc" } },
  });
  const ids = links.map((l) => l.therapistId);
  const [active, ruptures] = await Promise.all([
    db.treatmentEpisode.groupBy({ by: ["therapistId"], where: { clinicId: user.clinicId, therapistId: { in: ids }, status: "active" }, _count: true }),
    db.rupture.findMany({
      where: { clinicId: user.clinicId, ...countedRuptureWhere, episode: { therapistId: { in: ids } } },
      select: { status: true, episode: { select: { therapistId: true } } },
    }),
  ]);
  // Counts only, no patient rows: the event names the supervisees whose caseloads were summarised.
  await auditUser(db, user, { action: "supervision.summary.read", entity: "Supervision", detail: { ids } });
  return links.map(({ therapist }) => ({
    ...therapist,
    activePatients: active.find((a) => a.therapistId === therapist.id)?._count ?? 0,
    openRuptures: ruptures.filter((r) => r.episode.therapistId === therapist.id && r.status === "open").length,
    unrepairedRuptures: ruptures.filter((r) => r.episode.therapistId === therapist.id && r.status === "unrepaired").length,
  }));
}
