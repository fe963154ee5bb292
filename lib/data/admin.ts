import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/roles";
import { forbidden } from "@/lib/errors";
import { hasRole } from "@/lib/roles";
import { recordAudit } from "@/lib/data/audit";

function requireAdmin(user: SessionUser) {
  if (!hasRole(user, "ADMIN")) throw forbidden();
}

export async function listClinicUsers(user: SessionUser) {
  requireAdmin(user);
  return db.user.findMany({
    where: { clinicId: user.clinicId },
    select: { id: true, name: true, email: true, active: true, roles: { select: { role: true } }, supervises: { select: { therapist: { select: { name: true } } } } },
    orderBy: { name: "asc" },
  });
}

export async function recentAuditEvents(user: SessionUser, take = 50) {
  requireAdmin(user);
  const events = await db.auditEvent.findMany({ where: { clinicId: user.clinicId }, orderBy: { at: "desc" }, take });
  await recordAudit(db, { clinicId: user.clinicId, userId: user.id, actor: "user", action: "audit.read", entity: "AuditEvent", ip: user.ip });
  const names = new Map((await db.user.findMany({ where: { clinicId: user.clinicId }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return events.map((e) => ({ ...e, userName: e.userId ? names.get(e.userId) ?? null : null }));
}
