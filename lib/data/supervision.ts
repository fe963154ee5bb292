import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { assertRole } from "@/lib/roles";
import type { Locale } from "@/lib/alliance";
import { episodeWhere, patientWhere } from "@/lib/data/access";
import { auditUser, deniedAccess } from "@/lib/data/audit";
import { caseloadOf } from "@/lib/data/caseload";
import type { PatientListQuery } from "@/lib/validation/patient";
import { byEpisode, rupturesInPeriod, statsInPeriod, triageRuptures, triageSessions } from "@/lib/data/supervision-queries";
import { NO_STATS, supervisionSummary, type Period, type SuperviseeFigures } from "@/lib/supervision/figures";
import { triage, type TriageEntry, type TriageFilter } from "@/lib/supervision/triage";

// The supervisor's reads (docs/access.md: a supervisor reads their supervisees' patients and
// changes nothing). Supervisees come from the supervisor's own Supervision rows; their treatment
// episodes from `episodeWhere(user, "read")`, so the access rules decide what is shown: the
// sessions and ruptures read beside them count only for an episode in that list. Figures and the
// triage list are computed by lib/supervision, the same functions the API uses.
export type Supervisee = { id: string; name: string };

/** The supervisor's supervisees, by name. */
export async function listSupervisees(user: CurrentUser): Promise<Supervisee[]> {
  assertRole(user, "SUPERVISOR");
  const links = await db.supervision.findMany({
    where: { clinicId: user.clinicId, supervisorId: user.id },
    select: { therapist: { select: { id: true, name: true } } },
    orderBy: { therapist: { name: "asc" } },
  });
  return links.map((l) => l.therapist);
}

/** Every episode of these supervisees that the supervisor may read. */
export function superviseeEpisodes(user: CurrentUser, therapistIds: string[]) {
  return db.treatmentEpisode.findMany({
    where: { ...episodeWhere(user, "read"), therapistId: { in: therapistIds } },
    select: { id: true, patientId: true, therapistId: true, startDate: true, endDate: true },
  });
}

/** The active episodes of these supervisees that the supervisor may read, with the patient's code. */
function activeSuperviseeEpisodes(user: CurrentUser, therapistIds: string[]) {
  return db.treatmentEpisode.findMany({
    where: { ...episodeWhere(user, "read"), therapistId: { in: therapistIds }, status: "active" },
    select: { id: true, patientId: true, therapistId: true, patient: { select: { code: true } } },
  });
}

/**
 * The figures of every supervisee over the period, needing attention first. Aggregates only: the
 * audit event names the supervisees whose caseloads were summarised, no patient.
 */
export async function getSupervisionSummary(user: CurrentUser, period: Period): Promise<{ supervisees: Supervisee[]; figures: SuperviseeFigures[] }> {
  const supervisees = await listSupervisees(user);
  const figures = await figuresOf(user, supervisees, period);
  await auditUser(db, user, { action: "supervision.summary.read", entity: "Supervision", detail: { ids: supervisees.map((s) => s.id) } });
  return { supervisees, figures };
}

/** The figures of these supervisees (already the user's own) over the period; the caller audits. */
export async function figuresOf(user: CurrentUser, supervisees: Supervisee[], period: Period): Promise<SuperviseeFigures[]> {
  const ids = supervisees.map((s) => s.id);
  const scope = { clinicId: user.clinicId, therapistIds: ids };
  const [episodes, stats, ruptures] = await Promise.all([superviseeEpisodes(user, ids), statsInPeriod(scope, period), rupturesInPeriod(scope, period)]);
  const statsBy = new Map(stats.map((x) => [x.episodeId, x]));
  const rupturesBy = byEpisode(ruptures);
  const caseloads = supervisees.map((s) => ({
    therapistId: s.id,
    name: s.name,
    episodes: episodes
      .filter((e) => e.therapistId === s.id)
      .map((e) => ({ ...e, stats: statsBy.get(e.id) ?? NO_STATS, ruptures: rupturesBy.get(e.id) ?? [] })),
  }));
  return supervisionSummary(caseloads, period);
}

/**
 * The patients of the supervisees' active treatment episodes who need attention, most urgent first.
 * One audit event names the patients shown.
 */
export async function getTriage(user: CurrentUser, period: Period, locale: Locale, filter: TriageFilter = {}): Promise<{ supervisees: Supervisee[]; entries: TriageEntry[] }> {
  const supervisees = await listSupervisees(user);
  // A therapist filter that names no supervisee shows nothing rather than everyone.
  const ids = supervisees.map((s) => s.id).filter((id) => !filter.therapistId || id === filter.therapistId);
  const scope = { clinicId: user.clinicId, therapistIds: ids };
  const [episodes, sessions, ruptures] = await Promise.all([activeSuperviseeEpisodes(user, ids), triageSessions(scope, period), triageRuptures(scope)]);
  const sessionsBy = byEpisode(sessions);
  const rupturesBy = byEpisode(ruptures);
  const names = new Map(supervisees.map((s) => [s.id, s.name]));
  const entries = triage(
    episodes.map((e) => ({
      id: e.id,
      patientId: e.patientId,
      code: e.patient.code,
      therapistId: e.therapistId,
      therapistName: names.get(e.therapistId) ?? "",
      sessions: sessionsBy.get(e.id) ?? [],
      ruptures: rupturesBy.get(e.id) ?? [],
    })),
    period,
    locale,
    filter,
  );
  await auditUser(db, user, { action: "supervision.triage.read", entity: "Patient", detail: { ids: entries.map((e) => e.patientId) } });
  return { supervisees, entries };
}

/**
 * A supervisee's caseload as the therapist sees it, for their supervisor to read: one audited read
 * naming the patients shown. A therapist who is not the supervisor's supervisee is "not found".
 */
export async function getSuperviseeCaseload(user: CurrentUser, therapistId: string, query: PatientListQuery) {
  assertRole(user, "SUPERVISOR");
  const link = await db.supervision.findFirst({
    where: { clinicId: user.clinicId, supervisorId: user.id, therapistId },
    select: { therapist: { select: { id: true, name: true } } },
  });
  if (!link) throw await deniedAccess(user, "User", therapistId);
  const caseload = await caseloadOf(user, { ...patientWhere(user, "read"), therapistId }, query, "supervision.caseload.read");
  return { therapist: link.therapist, ...caseload };
}
