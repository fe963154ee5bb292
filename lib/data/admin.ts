import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/roles";
import { assertRole } from "@/lib/roles";
import { auditUser } from "@/lib/data/audit";
import { parseColumn } from "@/lib/data/columns";

export async function listClinicUsers(user: CurrentUser) {
  assertRole(user, "ADMIN");
  const users = await db.user.findMany({
    where: { clinicId: user.clinicId },
    select: { id: true, name: true, email: true, active: true, roles: { select: { role: true } }, supervises: { select: { therapist: { select: { name: true } } } } },
    orderBy: { name: "asc" },
  });
  return users.map((u) => ({ ...u, roles: u.roles.map((r) => ({ role: parseColumn("role", r.role) })) }));
}

export async function recentAuditEvents(user: CurrentUser, take = 50) {
  assertRole(user, "ADMIN");
  const events = await db.auditEvent.findMany({ where: { clinicId: user.clinicId }, orderBy: { at: "desc" }, take });
  await auditUser(db, user, { action: "audit.read", entity: "AuditEvent" });
  const names = new Map((await db.user.findMany({ where: { clinicId: user.clinicId }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return events.map((e) => ({ ...e, userName: e.userId ? names.get(e.userId) ?? null : null }));
}
