import type { SessionUser } from "@/lib/roles";
import { hasRole } from "@/lib/roles";

// Who may see which patients (docs/access.md). Every query for patient data starts from one of
// these filters, so a record outside the user's scope is simply not found. Nothing crosses clinics.
//   therapist:  own patients, read and write
//   supervisor: also their supervisees' patients, read only
//   admin:      no patient data unless also a therapist
export type AccessMode = "read" | "write";

export function patientWhere(user: SessionUser, mode: AccessMode) {
  const owners: object[] = [];
  if (hasRole(user, "THERAPIST")) owners.push({ therapistId: user.id });
  if (mode === "read" && hasRole(user, "SUPERVISOR")) {
    owners.push({ therapist: { supervisedBy: { some: { supervisorId: user.id } } } });
  }
  // No role that grants access: a filter that matches nothing (deny by default).
  if (owners.length === 0) return { clinicId: user.clinicId, id: { in: [] as string[] } };
  return { clinicId: user.clinicId, OR: owners };
}

export function episodeWhere(user: SessionUser, mode: AccessMode) {
  return { clinicId: user.clinicId, patient: patientWhere(user, mode) };
}

export function sessionWhere(user: SessionUser, mode: AccessMode) {
  return { clinicId: user.clinicId, episode: episodeWhere(user, mode) };
}
