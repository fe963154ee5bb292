import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/roles";
import { hasRole } from "@/lib/roles";

// Who may see which patients (docs/access.md). Every query for patient data starts from one of
// these filters, so a record outside the user's scope is simply not found. Nothing crosses clinics.
//   therapist:  own patients, read and write
//   supervisor: also their supervisees' patients, read only
//   admin:      no patient data unless also a therapist
// Typed with Prisma's own where-inputs, so a misspelt field or relation fails to compile.
export type AccessMode = "read" | "write";

export function patientWhere(user: CurrentUser, mode: AccessMode): Prisma.PatientWhereInput {
  const owners: Prisma.PatientWhereInput[] = [];
  if (hasRole(user, "THERAPIST")) owners.push({ therapistId: user.id });
  if (mode === "read" && hasRole(user, "SUPERVISOR")) {
    owners.push({ therapist: { supervisedBy: { some: { supervisorId: user.id } } } });
  }
  // No role that grants access: a filter that matches nothing (deny by default).
  if (owners.length === 0) return { clinicId: user.clinicId, id: { in: [] } };
  return { clinicId: user.clinicId, OR: owners };
}

export function episodeWhere(user: CurrentUser, mode: AccessMode): Prisma.TreatmentEpisodeWhereInput {
  return { clinicId: user.clinicId, patient: patientWhere(user, mode) };
}

export function sessionWhere(user: CurrentUser, mode: AccessMode): Prisma.SessionWhereInput {
  return { clinicId: user.clinicId, episode: episodeWhere(user, mode) };
}
