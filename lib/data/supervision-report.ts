import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { auditUser, deniedAccess } from "@/lib/data/audit";
import { figuresOf, listSupervisees, superviseeEpisodes, type Supervisee } from "@/lib/data/supervision";
import { rupturesInPeriod } from "@/lib/data/supervision-queries";
import { reportRuptureDetails, weeklyRuptures, weeklySessions, type ReportRupture } from "@/lib/data/supervision-report-queries";
import { notesForReport, type SupervisorNoteView } from "@/lib/data/supervisor-notes";
import type { Period, SuperviseeFigures } from "@/lib/supervision/figures";
import { weeklySeries, type WeekPoint } from "@/lib/supervision/weekly";

// The supervision report (docs/instruments-and-figures.md): per supervisee the home's figures (the
// same function), the weekly trend, each rupture of the period with what was done, and the
// supervisor's own notes. Patients appear by code only. One audited read names the patients shown;
// the notes' read is audited on its own (lib/data/supervisor-notes.ts).
export type TherapistReport = { therapist: Supervisee; figures: SuperviseeFigures; weeks: WeekPoint[]; ruptures: ReportRupture[]; notes: SupervisorNoteView[] };

/** `target`: one supervisee's id, or "all". A therapist who is not a supervisee is "not found". */
export async function getSupervisionReport(user: CurrentUser, target: string, period: Period): Promise<TherapistReport[]> {
  const supervisees = await listSupervisees(user);
  const chosen = target === "all" ? supervisees : supervisees.filter((s) => s.id === target);
  if (target !== "all" && !chosen.length) throw await deniedAccess(user, "User", target);
  const ids = chosen.map((s) => s.id);
  const scope = { clinicId: user.clinicId, therapistIds: ids };
  const [figures, episodes, sessions, weekRuptures, periodRuptures] = await Promise.all([
    figuresOf(user, chosen, period),
    superviseeEpisodes(user, ids),
    weeklySessions(scope, period),
    weeklyRuptures(scope, period),
    rupturesInPeriod(scope, period),
  ]);
  // Only rows of the episodes the access rules gave the supervisor.
  const therapistOf = new Map(episodes.map((e) => [e.id, e.therapistId]));
  const mine = <T extends { episodeId: string }>(rows: T[], therapistId: string) => rows.filter((r) => therapistOf.get(r.episodeId) === therapistId);
  const details = await reportRuptureDetails(periodRuptures.filter((r) => therapistOf.has(r.episodeId)));
  const notes = await notesForReport(user, ids, period);
  await auditUser(db, user, { action: "supervision.report.read", entity: "Patient", detail: { ids: [...new Set(details.map((d) => d.patientId))] } });
  const byOnset = (a: ReportRupture, b: ReportRupture) => (a.onsetDate?.getTime() ?? 0) - (b.onsetDate?.getTime() ?? 0) || a.code.localeCompare(b.code);
  return chosen.map((s) => ({
    therapist: s,
    figures: figures.find((f) => f.therapistId === s.id)!,
    weeks: weeklySeries(mine(sessions, s.id), mine(weekRuptures, s.id), period),
    ruptures: mine(details, s.id).sort(byOnset),
    notes: notes.filter((n) => n.therapistId === s.id),
  }));
}

/** A report's PDF handed out: who, which therapist ("all" or an id) and which days; no patient. */
export function recordReportExport(user: CurrentUser, target: string, days: { from: string; to: string }): Promise<void> {
  return auditUser(db, user, { action: "supervision.report.export", entity: "Supervision", detail: { filters: { therapist: target, from: days.from, to: days.to } } });
}

/** Checks that `target` is "all" or one of the supervisor's supervisees; else "not found", recorded. */
export async function requireReportTarget(user: CurrentUser, target: string): Promise<void> {
  if (target === "all") return void (await listSupervisees(user));
  if (!(await listSupervisees(user)).some((s) => s.id === target)) throw await deniedAccess(user, "User", target);
}
