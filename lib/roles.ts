export const ROLES = ["ADMIN", "SUPERVISOR", "THERAPIST"] as const;
export type Role = (typeof ROLES)[number];

/** What the app knows about the signed-in user; loaded fresh from the database on each request. */
export type SessionUser = {
  id: string;
  clinicId: string;
  email: string;
  name: string;
  locale: string | null;
  roles: Role[];
  /** The client's address, for the audit trail. */
  ip?: string;
};

export function hasRole(user: Pick<SessionUser, "roles">, role: Role): boolean {
  return user.roles.includes(role);
}

/** Where each user lands after login: a solo practitioner (all roles) works first as a therapist. */
export function homePath(user: Pick<SessionUser, "roles">): string {
  if (hasRole(user, "THERAPIST")) return "/caseload";
  if (hasRole(user, "SUPERVISOR")) return "/supervision";
  if (hasRole(user, "ADMIN")) return "/admin";
  return "/login";
}
