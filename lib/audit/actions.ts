// Every action the audit trail records, in one list: the type keeps a writer from recording an
// action the log cannot name, and a test holds each to a label in both languages (auditActions in
// lib/i18n/messages/*/admin-settings.json), so the log reads in plain words, never in codes.
export const AUDIT_ACTIONS = [
  "access.denied",
  "audit.export", "audit.read",
  "auth.login", "auth.login-failed", "auth.logout",
  "caseload.read",
  "clinic.create", "clinic.settings.update",
  "episode.create", "episode.end", "episode.read",
  "patient.codes.list", "patient.create", "patient.list", "patient.open-for-write", "patient.read", "patient.reassign",
  "rating-link.create", "rating-link.revoke",
  "rating.submit",
  "rupture.confirm", "rupture.dismiss", "rupture.reopen",
  "session.create", "session.rating.read",
  "supervision.assign", "supervision.remove", "supervision.caseload.read", "supervision.summary.read", "supervision.triage.read", "supervision.trend.read", "supervision.report.read", "supervision.report.export",
  "supervisorNote.list", "supervisorNote.create", "supervisorNote.update", "supervisorNote.delete",
  "user.create", "user.invite", "user.update", "user.deactivate", "user.reactivate", "user.password-reset", "user.change-password", "user.set-locale",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
