import { forbidden } from "@/lib/errors";

export const ROLES = ["ADMIN", "SUPERVISOR", "THERAPIST"] as const;
export type Role = (typeof ROLES)[number];

/** What the app knows about the signed-in user; loaded fresh from the database on each request. */
export type CurrentUser = {
  id: string;
  clinicId: string;
  email: string;
  name: string;
  locale: string | null;
  roles: Role[];
  /** The client's address, for the audit trail. */
  ip?: string;
};

export function hasRole(user: Pick<CurrentUser, "roles">, role: Role): boolean {
  return user.roles.includes(role);
}

/** The one role predicate: the user holds at least one of `roles` (no roles named: anyone signed in). */
export function hasAnyRole(user: Pick<CurrentUser, "roles">, roles: readonly Role[] | undefined): boolean {
  return !roles?.length || roles.some((role) => hasRole(user, role));
}

/**
 * The one role check of pages, actions, the API and the data layer: throws the 403 AppError when
 * the user holds none of `roles`. Pages turn it into a 404 (requirePageUser), so a page's existence
 * is not revealed to a role that may not open it.
 */
export function assertRole(user: Pick<CurrentUser, "roles">, roles: Role | readonly Role[] | undefined): void {
  const wanted = typeof roles === "string" ? [roles] : roles;
  if (!hasAnyRole(user, wanted)) throw forbidden();
}

/** Where each user lands after login: a solo practitioner (all roles) works first as a therapist. */
export function homePath(user: Pick<CurrentUser, "roles">): string {
  if (hasRole(user, "THERAPIST")) return "/caseload";
  if (hasRole(user, "SUPERVISOR")) return "/supervision";
  if (hasRole(user, "ADMIN")) return "/admin";
  return "/login";
}
