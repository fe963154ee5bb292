import { db } from "@/lib/db";
import { assertRole, hasRole, type CurrentUser } from "@/lib/roles";
import { auditUser } from "@/lib/data/audit";
import { listSupervisees, superviseeEpisodes } from "@/lib/data/supervision";
import { weeklyRuptures, weeklySessions } from "@/lib/data/supervision-report-queries";
import type { Period } from "@/lib/supervision/figures";
import { weeklySeries, type WeekPoint } from "@/lib/supervision/weekly";

// The clinic trend (docs/instruments-and-figures.md): weekly aggregates of the supervisees'
// caseloads, or — for a user who is both the clinic's administrator and a supervisor — of every
// therapist in the clinic. Only the weekly aggregates leave this module: no patient, no session.
export type TrendScope = "supervisees" | "clinic";

/** Whether this user may see the whole clinic's trend. */
export const mayViewClinicTrend = (user: CurrentUser) => hasRole(user, "ADMIN") && hasRole(user, "SUPERVISOR");

export async function getClinicTrend(user: CurrentUser, scope: TrendScope, period: Period): Promise<{ scope: TrendScope; therapists: number; weeks: WeekPoint[] }> {
  assertRole(user, "SUPERVISOR");
  const clinic = scope === "clinic" && mayViewClinicTrend(user);
  const ids = clinic
    ? (await db.user.findMany({ where: { clinicId: user.clinicId, roles: { some: { role: "THERAPIST" } } }, select: { id: true } })).map((u) => u.id)
    : (await listSupervisees(user)).map((s) => s.id);
  const range = { clinicId: user.clinicId, therapistIds: ids };
  const [sessions, ruptures, episodes] = await Promise.all([weeklySessions(range, period), weeklyRuptures(range, period), clinic ? null : superviseeEpisodes(user, ids)]);
  // For the supervisees, only the episodes the access rules give the supervisor count.
  const allowed = episodes && new Set(episodes.map((e) => e.id));
  const keep = <T extends { episodeId: string }>(rows: T[]) => (allowed ? rows.filter((r) => allowed.has(r.episodeId)) : rows);
  await auditUser(db, user, { action: "supervision.trend.read", entity: "Supervision", detail: { ids, filters: { scope: clinic ? "clinic" : "supervisees" } } });
  return { scope: clinic ? "clinic" : "supervisees", therapists: ids.length, weeks: weeklySeries(keep(sessions), keep(ruptures), period) };
}
