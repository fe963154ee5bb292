import { stringify } from "csv-stringify/sync";
import type { AuditRow } from "@/lib/data/audit-log";
import { CLINIC_TIME_ZONE } from "@/lib/validation/audit-log";

// The audit log as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs read æøå),
// written by csv-stringify. A cell that a spreadsheet would run as a formula (=, +, -, @, tab or
// carriage return first: a user's name can be anything) gets a leading apostrophe (OWASP's advice
// on CSV injection).
export const CSV_COLUMNS = ["time_utc", "time_clinic", "user", "user_id", "actor", "action", "action_label", "entity", "entity_id", "ip", "detail"] as const;

export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const clinicTime = new Intl.DateTimeFormat("sv-SE", { timeZone: CLINIC_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });

function record(row: AuditRow, label: (action: string) => string): string[] {
  return [row.at.toISOString(), clinicTime.format(row.at), row.userName ?? "", row.userId ?? "", row.actor, row.action, label(row.action), row.entity, row.entityId ?? "", row.ip ?? "", row.detail ?? ""];
}

/** One batch of rows as CSV text; the first batch starts with the byte order mark and the header. */
export function auditCsv(rows: AuditRow[], label: (action: string) => string, first: boolean): string {
  return stringify(rows.map((r) => record(r, label)), { header: first, columns: [...CSV_COLUMNS], bom: first, cast: { string: neutralizeFormula }, record_delimiter: "windows" });
}

/** The download's name: the clinic's date of the export, never anything of a filter (it may name a patient). */
export function auditCsvFilename(now = new Date()): string {
  return `bordin-audit-log-${clinicTime.format(now).slice(0, 10)}.csv`;
}
