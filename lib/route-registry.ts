import type { Role } from "@/lib/roles";

// Every way into Bordin — each page, each route handler method and each server action — with who may
// call it and on what (docs/access.md). The access-matrix, audit and fuzz tests are generated from
// this list, and a test fails when a file under app/ adds a route that is not listed here: a new
// route is not reachable by tests' eyes until someone has said who may use it.

/**
 * Whose record a route works on; the id comes from the route's `[id]` segment or a form field.
 * For an admin's `manage` routes also: a user account (`user`), a supervision pair (`supervision`,
 * named by `[supervisorId]/[therapistId]`), or the admin's own clinic as a whole (`clinic`: lists
 * and new records, nothing another clinic's admin could aim at). `therapist` is a therapist's caseload as
 * a whole (their supervisor reads it); `note` a supervisor's own note on a supervisee.
 */
export type Resource = "patient" | "episode" | "session" | "rupture" | "user" | "supervision" | "clinic" | "therapist" | "note";
/**
 * `read`/`write`: patient data, as the access table gives it. `manage`: the admin's management of
 * the clinic's records (users, supervision, caseloads); only that clinic's admins, and every other
 * role gets the 404 a missing record gets, pages and API alike, so the admin area is not revealed.
 * `supervise`: the supervisor's own work on a supervisee (notes): only the therapist's own
 * supervisor, while the pair exists; everyone else, the therapist included, gets "not found".
 */
export type AccessMode = "read" | "write" | "manage" | "supervise";

export type Audience =
  /** Anyone, signed in or not (login, the patient's pages, health, the API description). */
  | { who: "anyone" }
  /** Any signed-in user, whatever their roles (home redirect, language, logout). */
  | { who: "signed-in" }
  /** Whoever holds an open rating link: one rating for its one session, no account. */
  | { who: "rating-link" }
  /** Users with one of these roles; with `on`, only for records the access table gives them. */
  | { who: "roles"; roles: readonly Role[]; on?: { resource: Resource; mode: AccessMode } };

export type RouteEntry = {
  kind: "page" | "route" | "action";
  /** URL path with Next's `[id]` segments; for an action, the page it is posted from. */
  path: string;
  /**
   * File under app/ that defines it. A page is a `page.tsx`, or a `route.ts` whose GET answers the
   * page's HTML: the patient's pages, which load no script (docs/decisions/0009).
   */
  file: string;
  /** HTTP method (route handlers), or the exported function name (server actions). */
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  action?: string;
  audience: Audience;
  /** Reads patient data: each call must leave exactly one audit event. */
  readsPatientData?: boolean;
  /** Changes patient or clinic records: each call must leave exactly one audit event of its own. */
  writes?: boolean;
  /** Limited per client address (a few tries in a window), so tests call it sparingly. */
  rateLimited?: boolean;
};

const therapist = ["THERAPIST"] as const;
const clinician = ["THERAPIST", "SUPERVISOR"] as const;
const anyRole = ["ADMIN", "SUPERVISOR", "THERAPIST"] as const;
const on = (resource: Resource, mode: AccessMode) => ({ resource, mode });
const admin = (resource: Resource) => ({ who: "roles", roles: ["ADMIN"], on: on(resource, "manage") }) as const;

export const ROUTES: readonly RouteEntry[] = [
  // Pages (the patient's and the tablet's are route handlers answering plain HTML, decision 0009)
  { kind: "page", path: "/", file: "app/page.tsx", audience: { who: "signed-in" } },
  { kind: "page", path: "/login", file: "app/login/page.tsx", audience: { who: "anyone" } },
  { kind: "page", path: "/locked", file: "app/locked/route.ts", audience: { who: "anyone" } },
  // The first run: open while the installation has no clinic, then a 404 for everyone.
  { kind: "page", path: "/setup", file: "app/setup/page.tsx", audience: { who: "anyone" } },
  { kind: "page", path: "/account", file: "app/(app)/account/page.tsx", audience: { who: "signed-in" } },
  { kind: "page", path: "/handover", file: "app/handover/route.ts", audience: { who: "rating-link" } },
  { kind: "page", path: "/r", file: "app/r/route.ts", audience: { who: "anyone" } },
  { kind: "page", path: "/r/[token]", file: "app/r/[token]/route.ts", audience: { who: "rating-link" } },
  { kind: "page", path: "/r/form", file: "app/r/form/route.ts", audience: { who: "rating-link" } },
  { kind: "page", path: "/r/thanks", file: "app/r/thanks/route.ts", audience: { who: "anyone" } },
  { kind: "page", path: "/caseload", file: "app/(app)/caseload/page.tsx", audience: { who: "roles", roles: therapist }, readsPatientData: true },
  { kind: "page", path: "/patients/new", file: "app/(app)/patients/new/page.tsx", audience: { who: "roles", roles: therapist } },
  { kind: "page", path: "/patients/[id]", file: "app/(app)/patients/[id]/page.tsx", audience: { who: "roles", roles: clinician, on: on("patient", "read") }, readsPatientData: true },
  { kind: "page", path: "/episodes/[id]", file: "app/(app)/episodes/[id]/page.tsx", audience: { who: "roles", roles: clinician, on: on("episode", "read") }, readsPatientData: true },
  { kind: "page", path: "/episodes/[id]/sessions/new", file: "app/(app)/episodes/[id]/sessions/new/page.tsx", audience: { who: "roles", roles: therapist, on: on("episode", "write") }, readsPatientData: true },
  { kind: "page", path: "/sessions/[id]/rating-link", file: "app/(app)/sessions/[id]/rating-link/page.tsx", audience: { who: "roles", roles: clinician, on: on("session", "read") }, readsPatientData: true },
  { kind: "page", path: "/sessions/[id]/handover", file: "app/(app)/sessions/[id]/handover/page.tsx", audience: { who: "roles", roles: therapist, on: on("session", "write") }, readsPatientData: true },
  { kind: "page", path: "/supervision", file: "app/(app)/supervision/page.tsx", audience: { who: "roles", roles: ["SUPERVISOR"] }, readsPatientData: true },
  { kind: "page", path: "/supervision/triage", file: "app/(app)/supervision/triage/page.tsx", audience: { who: "roles", roles: ["SUPERVISOR"] }, readsPatientData: true },
  { kind: "page", path: "/supervision/therapists/[id]", file: "app/(app)/supervision/therapists/[id]/page.tsx", audience: { who: "roles", roles: ["SUPERVISOR"], on: on("therapist", "read") }, readsPatientData: true },
  { kind: "page", path: "/supervision/trend", file: "app/(app)/supervision/trend/page.tsx", audience: { who: "roles", roles: ["SUPERVISOR"] }, readsPatientData: true },
  { kind: "page", path: "/supervision/report", file: "app/(app)/supervision/report/page.tsx", audience: { who: "roles", roles: ["SUPERVISOR"] }, readsPatientData: true },
  { kind: "page", path: "/admin", file: "app/(app)/admin/page.tsx", audience: admin("clinic") },
  { kind: "page", path: "/admin/users", file: "app/(app)/admin/users/page.tsx", audience: admin("clinic") },
  { kind: "page", path: "/admin/users/new", file: "app/(app)/admin/users/new/page.tsx", audience: admin("clinic") },
  { kind: "page", path: "/admin/users/[id]", file: "app/(app)/admin/users/[id]/page.tsx", audience: admin("user") },
  { kind: "page", path: "/admin/supervision", file: "app/(app)/admin/supervision/page.tsx", audience: admin("clinic") },
  // Patient codes and their therapists' names only, audited as a list of patients.
  { kind: "page", path: "/admin/patients", file: "app/(app)/admin/patients/page.tsx", audience: admin("clinic"), readsPatientData: true },
  { kind: "page", path: "/admin/settings", file: "app/(app)/admin/settings/page.tsx", audience: admin("clinic") },
  { kind: "page", path: "/admin/audit", file: "app/(app)/admin/audit/page.tsx", audience: admin("clinic") },

  // Route handlers
  { kind: "route", path: "/api/health", file: "app/api/health/route.ts", method: "GET", audience: { who: "anyone" } },
  { kind: "route", path: "/api/auth/[...nextauth]", file: "app/api/auth/[...nextauth]/route.ts", method: "GET", audience: { who: "anyone" } },
  { kind: "route", path: "/api/auth/[...nextauth]", file: "app/api/auth/[...nextauth]/route.ts", method: "POST", audience: { who: "anyone" } },
  { kind: "route", path: "/locale", file: "app/locale/route.ts", method: "POST", audience: { who: "anyone" } },
  { kind: "route", path: "/r/code", file: "app/r/code/route.ts", method: "POST", audience: { who: "anyone" }, rateLimited: true },
  { kind: "route", path: "/r/submit", file: "app/r/submit/route.ts", method: "POST", audience: { who: "rating-link" } },
  // The lock screen's password form (a plain POST; unlocks only the locked login that sends it).
  { kind: "route", path: "/locked/unlock", file: "app/locked/unlock/route.ts", method: "POST", audience: { who: "anyone" } },
  { kind: "route", path: "/api/v1/openapi.json", file: "app/api/v1/openapi.json/route.ts", method: "GET", audience: { who: "anyone" } },
  { kind: "route", path: "/api/v1/ratings/[token]", file: "app/api/v1/ratings/[token]/route.ts", method: "POST", audience: { who: "rating-link" } },
  { kind: "route", path: "/api/v1/patients", file: "app/api/v1/patients/route.ts", method: "GET", audience: { who: "roles", roles: anyRole }, readsPatientData: true },
  { kind: "route", path: "/api/v1/patients", file: "app/api/v1/patients/route.ts", method: "POST", audience: { who: "roles", roles: therapist }, writes: true },
  { kind: "route", path: "/api/v1/patients/[id]", file: "app/api/v1/patients/[id]/route.ts", method: "GET", audience: { who: "roles", roles: anyRole, on: on("patient", "read") }, readsPatientData: true },
  { kind: "route", path: "/api/v1/patients/[id]/episodes", file: "app/api/v1/patients/[id]/episodes/route.ts", method: "POST", audience: { who: "roles", roles: therapist, on: on("patient", "write") }, writes: true },
  { kind: "route", path: "/api/v1/episodes/[id]/alliance", file: "app/api/v1/episodes/[id]/alliance/route.ts", method: "GET", audience: { who: "roles", roles: anyRole, on: on("episode", "read") }, readsPatientData: true },
  { kind: "route", path: "/api/v1/episodes/[id]/sessions", file: "app/api/v1/episodes/[id]/sessions/route.ts", method: "POST", audience: { who: "roles", roles: therapist, on: on("episode", "write") }, writes: true },
  // Aggregates per supervisee, no patient; audited as a read all the same (the supervisees named).
  // The report printed by Chromium over loopback with the caller's cookies: its read is the page's.
  { kind: "route", path: "/supervision/report/pdf", file: "app/(app)/supervision/report/pdf/route.ts", method: "GET", audience: { who: "roles", roles: ["SUPERVISOR"] }, readsPatientData: true },
  { kind: "route", path: "/api/v1/supervision/summary", file: "app/api/v1/supervision/summary/route.ts", method: "GET", audience: { who: "roles", roles: ["SUPERVISOR"] }, readsPatientData: true },
  // The rating-link page's background check: whether the rating arrived, nothing of its content.
  { kind: "route", path: "/api/v1/sessions/[id]/rating-status", file: "app/api/v1/sessions/[id]/rating-status/route.ts", method: "GET", audience: { who: "roles", roles: clinician, on: on("session", "read") } },
  { kind: "route", path: "/api/v1/sessions/[id]/rating-link", file: "app/api/v1/sessions/[id]/rating-link/route.ts", method: "POST", audience: { who: "roles", roles: therapist, on: on("session", "write") }, writes: true },
  // Provisioning (admin only; the body names the records where the path does not).
  { kind: "route", path: "/api/v1/users", file: "app/api/v1/users/route.ts", method: "GET", audience: admin("clinic") },
  { kind: "route", path: "/api/v1/users", file: "app/api/v1/users/route.ts", method: "POST", audience: admin("clinic"), writes: true },
  { kind: "route", path: "/api/v1/users/[id]", file: "app/api/v1/users/[id]/route.ts", method: "GET", audience: admin("user") },
  { kind: "route", path: "/api/v1/users/[id]", file: "app/api/v1/users/[id]/route.ts", method: "PATCH", audience: admin("user"), writes: true },
  { kind: "route", path: "/api/v1/users/[id]/password-reset", file: "app/api/v1/users/[id]/password-reset/route.ts", method: "POST", audience: admin("user"), writes: true },
  { kind: "route", path: "/api/v1/supervision", file: "app/api/v1/supervision/route.ts", method: "GET", audience: admin("clinic") },
  { kind: "route", path: "/api/v1/supervision", file: "app/api/v1/supervision/route.ts", method: "POST", audience: admin("user"), writes: true },
  { kind: "route", path: "/api/v1/supervision/[supervisorId]/[therapistId]", file: "app/api/v1/supervision/[supervisorId]/[therapistId]/route.ts", method: "DELETE", audience: admin("supervision"), writes: true },
  { kind: "route", path: "/api/v1/patients/[id]/reassign", file: "app/api/v1/patients/[id]/reassign/route.ts", method: "POST", audience: admin("patient"), writes: true },
  { kind: "route", path: "/api/v1/clinic/settings", file: "app/api/v1/clinic/settings/route.ts", method: "GET", audience: admin("clinic") },
  { kind: "route", path: "/api/v1/clinic/settings", file: "app/api/v1/clinic/settings/route.ts", method: "PATCH", audience: admin("clinic"), writes: true },
  { kind: "route", path: "/api/v1/audit-events", file: "app/api/v1/audit-events/route.ts", method: "GET", audience: admin("clinic") },
  { kind: "route", path: "/api/v1/audit-events.csv", file: "app/api/v1/audit-events.csv/route.ts", method: "GET", audience: admin("clinic") },

  // Server actions
  { kind: "action", path: "/", file: "app/actions.ts", action: "logout", audience: { who: "signed-in" } },
  { kind: "action", path: "/login", file: "app/login/actions.ts", action: "login", audience: { who: "anyone" } },
  // Not marked `writes`: on an installation with a clinic (the matrix's) the setup refuses everyone,
  // and the matrix's users must keep their passwords. tests/e2e/first-run.spec.ts and
  // tests/integration/first-run.test.ts / account.test.ts cover both writes.
  { kind: "action", path: "/setup", file: "app/setup/actions.ts", action: "setupAction", audience: { who: "anyone" } },
  { kind: "action", path: "/account", file: "app/(app)/account/actions.ts", action: "changePasswordAction", audience: { who: "signed-in" } },
  { kind: "action", path: "/caseload", file: "app/(app)/caseload/actions.ts", action: "searchCaseload", audience: { who: "roles", roles: therapist } },
  { kind: "action", path: "/patients/new", file: "app/(app)/patients/actions.ts", action: "createPatientAction", audience: { who: "roles", roles: therapist }, writes: true },
  { kind: "action", path: "/patients/[id]", file: "app/(app)/patients/actions.ts", action: "startEpisodeAction", audience: { who: "roles", roles: therapist, on: on("patient", "write") }, writes: true },
  { kind: "action", path: "/episodes/[id]/sessions/new", file: "app/(app)/episodes/[id]/actions.ts", action: "logSessionAction", audience: { who: "roles", roles: therapist, on: on("episode", "write") }, writes: true },
  { kind: "action", path: "/episodes/[id]", file: "app/(app)/episodes/[id]/actions.ts", action: "endEpisodeAction", audience: { who: "roles", roles: therapist, on: on("episode", "write") }, writes: true },
  { kind: "action", path: "/episodes/[id]", file: "app/(app)/episodes/[id]/actions.ts", action: "reviewRuptureAction", audience: { who: "roles", roles: therapist, on: on("rupture", "write") }, writes: true },
  { kind: "action", path: "/sessions/[id]/rating-link", file: "app/(app)/sessions/[id]/rating-link/actions.ts", action: "getLinkAction", audience: { who: "roles", roles: therapist, on: on("session", "write") }, writes: true },
  { kind: "action", path: "/sessions/[id]/rating-link", file: "app/(app)/sessions/[id]/rating-link/actions.ts", action: "revokeLinkAction", audience: { who: "roles", roles: therapist, on: on("session", "write") }, writes: true },
  { kind: "action", path: "/sessions/[id]/handover", file: "app/(app)/sessions/[id]/handover/actions.ts", action: "handOverAction", audience: { who: "roles", roles: therapist, on: on("session", "write") }, writes: true },
  { kind: "action", path: "/supervision/therapists/[id]", file: "app/(app)/supervision/therapists/[id]/actions.ts", action: "createNoteAction", audience: { who: "roles", roles: ["SUPERVISOR"], on: on("therapist", "supervise") }, writes: true },
  { kind: "action", path: "/supervision/therapists/[id]", file: "app/(app)/supervision/therapists/[id]/actions.ts", action: "updateNoteAction", audience: { who: "roles", roles: ["SUPERVISOR"], on: on("note", "supervise") }, writes: true },
  { kind: "action", path: "/supervision/therapists/[id]", file: "app/(app)/supervision/therapists/[id]/actions.ts", action: "deleteNoteAction", audience: { who: "roles", roles: ["SUPERVISOR"], on: on("note", "supervise") }, writes: true },
  { kind: "action", path: "/admin/users/new", file: "app/(app)/admin/users/actions.ts", action: "inviteUserAction", audience: admin("clinic"), writes: true },
  { kind: "action", path: "/admin/users/[id]", file: "app/(app)/admin/users/actions.ts", action: "updateUserAction", audience: admin("user"), writes: true },
  { kind: "action", path: "/admin/users/[id]", file: "app/(app)/admin/users/actions.ts", action: "setUserActiveAction", audience: admin("user"), writes: true },
  { kind: "action", path: "/admin/users/[id]", file: "app/(app)/admin/users/actions.ts", action: "resetPasswordAction", audience: admin("user"), writes: true },
  { kind: "action", path: "/admin/supervision", file: "app/(app)/admin/supervision/actions.ts", action: "assignSupervisionAction", audience: admin("user"), writes: true },
  { kind: "action", path: "/admin/supervision", file: "app/(app)/admin/supervision/actions.ts", action: "removeSupervisionAction", audience: admin("supervision"), writes: true },
  { kind: "action", path: "/admin/patients", file: "app/(app)/admin/patients/actions.ts", action: "reassignPatientAction", audience: admin("patient"), writes: true },
  { kind: "action", path: "/admin/patients", file: "app/(app)/admin/patients/actions.ts", action: "reassignCaseloadAction", audience: admin("user"), writes: true },
  { kind: "action", path: "/admin/settings", file: "app/(app)/admin/settings/actions.ts", action: "updateSettingsAction", audience: admin("clinic"), writes: true },
  { kind: "action", path: "/admin/audit", file: "app/(app)/admin/audit/actions.ts", action: "filterAuditLog", audience: admin("clinic") },
];
