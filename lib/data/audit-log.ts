import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { assertRole, type CurrentUser } from "@/lib/roles";
import { auditUser, deniedAccess, type AuditDetail } from "@/lib/data/audit";
import { AUDIT_PAGE_SIZE, auditDateRange, type AuditFilters } from "@/lib/validation/audit-log";

// The clinic's audit log for its admins: filtered, paged, exported. Reading it and exporting it are
// audited too (audit.read / audit.export, with the filters; a patient filter is recorded as the
// patient's id in `ids`, so the trail of a patient also shows who looked it up).
export type AuditRow = {
  id: string;
  at: Date;
  userId: string | null;
  userName: string | null;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  ip: string | null;
  detail: string | null;
};

/**
 * A patient code typed into the filter, as the patient's id — the clinic's patients only. Not scoped
 * by lib/data/access.ts, which gives an admin no patients: the id only filters the clinic's own
 * audit trail, and nothing of the patient is returned. Null when no patient has the code.
 */
export async function patientIdForCode(user: CurrentUser, code: string): Promise<string | null> {
  assertRole(user, "ADMIN");
  const patient = await db.patient.findUnique({ where: { clinicId_code: { clinicId: user.clinicId, code } }, select: { id: true } });
  return patient?.id ?? null;
}

/** The code of a patient the filter names (to show the admin what they typed); null outside the clinic. */
export async function patientCodeForFilter(user: CurrentUser, patientId: string): Promise<string | null> {
  assertRole(user, "ADMIN");
  const patient = await db.patient.findFirst({ where: { id: patientId, clinicId: user.clinicId }, select: { code: true } });
  return patient?.code ?? null;
}

/**
 * Ids of every record of one patient that an event can name: the patient, its treatment episodes,
 * sessions, ratings, rating links and ruptures. A patient of another clinic is refused like any
 * record out of reach (recorded, then 404).
 */
async function patientRecordIds(user: CurrentUser, patientId: string): Promise<string[]> {
  const patient = await db.patient.findFirst({
    where: { id: patientId, clinicId: user.clinicId },
    select: { id: true, episodes: { select: { id: true, ruptures: { select: { id: true } }, sessions: { select: { id: true, rating: { select: { id: true } }, ratingLinks: { select: { id: true } } } } } } },
  });
  if (!patient) throw await deniedAccess(user, "Patient", patientId);
  return [
    patient.id,
    ...patient.episodes.flatMap((e) => [e.id, ...e.ruptures.map((r) => r.id), ...e.sessions.flatMap((s) => [s.id, ...(s.rating ? [s.rating.id] : []), ...s.ratingLinks.map((l) => l.id)])]),
  ];
}

async function auditWhere(user: CurrentUser, f: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const at = auditDateRange(f);
  const patient = f.patientId ? await patientRecordIds(user, f.patientId) : null;
  return {
    clinicId: user.clinicId,
    ...(f.userId ? { userId: f.userId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(at ? { at } : {}),
    // List reads name the patients they showed in `detail` (a cuid cannot occur there by chance).
    ...(patient ? { OR: [{ entityId: { in: patient } }, { detail: { contains: f.patientId } }] } : {}),
  };
}

function filterDetail(f: AuditFilters, extra: Record<string, string | number> = {}): AuditDetail {
  const filters = Object.fromEntries(Object.entries({ userId: f.userId, action: f.action, from: f.from, to: f.to, ...extra }).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
  return { filters, ...(f.patientId ? { ids: [f.patientId] } : {}) };
}

async function userNames(clinicId: string): Promise<Map<string, string>> {
  const users = await db.user.findMany({ where: { clinicId }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

const ORDER = [{ at: "desc" }, { id: "desc" }] satisfies Prisma.AuditEventOrderByWithRelationInput[];

/** One page of the filtered log, newest first. */
export async function listAuditEvents(user: CurrentUser, f: AuditFilters) {
  assertRole(user, "ADMIN");
  const where = await auditWhere(user, f);
  const total = await db.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(f.page, pages);
  const [events, names] = await Promise.all([db.auditEvent.findMany({ where, orderBy: ORDER, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }), userNames(user.clinicId)]);
  await auditUser(db, user, { action: "audit.read", entity: "AuditEvent", detail: filterDetail(f, { page }) });
  const rows: AuditRow[] = events.map((e) => ({ ...e, userName: e.userId ? (names.get(e.userId) ?? null) : null }));
  return { events: rows, total, page, pages, pageSize: AUDIT_PAGE_SIZE };
}

/** What the filter form offers: the clinic's users (active or not) and the actions its log holds. */
export async function auditFilterOptions(user: CurrentUser) {
  assertRole(user, "ADMIN");
  const [users, actions] = await Promise.all([
    db.user.findMany({ where: { clinicId: user.clinicId }, select: { id: true, name: true, active: true }, orderBy: { name: "asc" } }),
    db.auditEvent.groupBy({ by: ["action"], where: { clinicId: user.clinicId }, orderBy: { action: "asc" } }),
  ]);
  return { users, actions: actions.map((a) => a.action) };
}

export const EXPORT_BATCH = 1000;

/**
 * Every event the filters match, newest first, in batches (keyset paging on (at, id)), for a CSV
 * download of any size without holding the log in memory. The export is recorded before the first
 * row is read; events written after that moment are not part of it.
 */
export async function exportAuditEvents(user: CurrentUser, f: AuditFilters): Promise<AsyncGenerator<AuditRow[]>> {
  assertRole(user, "ADMIN");
  const until = new Date();
  const where: Prisma.AuditEventWhereInput = { AND: [await auditWhere(user, f), { at: { lte: until } }] };
  await auditUser(db, user, { action: "audit.export", entity: "AuditEvent", detail: filterDetail(f) });
  const names = await userNames(user.clinicId);
  return (async function* () {
    let cursor: { at: Date; id: string } | null = null;
    for (;;) {
      const after: Prisma.AuditEventWhereInput = cursor ? { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] } : {};
      const batch = await db.auditEvent.findMany({ where: { AND: [where, after] }, orderBy: ORDER, take: EXPORT_BATCH });
      if (!batch.length) return;
      yield batch.map((e) => ({ ...e, userName: e.userId ? (names.get(e.userId) ?? null) : null }));
      if (batch.length < EXPORT_BATCH) return;
      const last = batch[batch.length - 1];
      cursor = { at: last.at, id: last.id };
    }
  })();
}
