import type { Role } from "@/lib/roles";

// Every way into Bordin — each page, each route handler method and each server action — with who may
// call it and on what (docs/access.md). The access-matrix, audit and fuzz tests are generated from
// this list, and a test fails when a file under app/ adds a route that is not listed here: a new
// route is not reachable by tests' eyes until someone has said who may use it.

/** Whose record a route works on; the id comes from the route's `[id]` segment or a form field. */
export type Resource = "patient" | "episode" | "session" | "rupture";

export type Audience =
  /** Anyone, signed in or not (login, the patient's pages, health, the API description). */
  | { who: "anyone" }
  /** Any signed-in user, whatever their roles (home redirect, language, logout). */
  | { who: "signed-in" }
  /** Whoever holds an open rating link: one rating for its one session, no account. */
  | { who: "rating-link" }
  /** Users with one of these roles; with `on`, only for records the access table gives them. */
  | { who: "roles"; roles: readonly Role[]; on?: { resource: Resource; mode: "read" | "write" } };

export type RouteEntry = {
  kind: "page" | "route" | "action";
  /** URL path with Next's `[id]` segments; for an action, the page it is posted from. */
  path: string;
  /** File under app/ that defines it. */
  file: string;
  /** HTTP method (route handlers), or the exported function name (server actions). */
  method?: "GET" | "POST";
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
const on = (resource: Resource, mode: "read" | "write") => ({ resource, mode });

export const ROUTES: readonly RouteEntry[] = [
  // Pages
  { kind: "page", path: "/", file: "app/page.tsx", audience: { who: "signed-in" } },
  { kind: "page", path: "/login", file: "app/login/page.tsx", audience: { who: "anyone" } },
  { kind: "page", path: "/locked", file: "app/locked/page.tsx", audience: { who: "anyone" } },
  { kind: "page", path: "/handover", file: "app/handover/page.tsx", audience: { who: "rating-link" } },
  { kind: "page", path: "/r", file: "app/r/page.tsx", audience: { who: "anyone" } },
  { kind: "page", path: "/r/[token]", file: "app/r/[token]/page.tsx", audience: { who: "rating-link" } },
  { kind: "page", path: "/r/form", file: "app/r/form/page.tsx", audience: { who: "rating-link" } },
  { kind: "page", path: "/r/thanks", file: "app/r/thanks/page.tsx", audience: { who: "anyone" } },
  { kind: "page", path: "/caseload", file: "app/(app)/caseload/page.tsx", audience: { who: "roles", roles: therapist }, readsPatientData: true },
  { kind: "page", path: "/patients/new", file: "app/(app)/patients/new/page.tsx", audience: { who: "roles", roles: therapist } },
  { kind: "page", path: "/patients/[id]", file: "app/(app)/patients/[id]/page.tsx", audience: { who: "roles", roles: clinician, on: on("patient", "read") }, readsPatientData: true },
  { kind: "page", path: "/episodes/[id]", file: "app/(app)/episodes/[id]/page.tsx", audience: { who: "roles", roles: clinician, on: on("episode", "read") }, readsPatientData: true },
  { kind: "page", path: "/episodes/[id]/sessions/new", file: "app/(app)/episodes/[id]/sessions/new/page.tsx", audience: { who: "roles", roles: therapist, on: on("episode", "write") }, readsPatientData: true },
  { kind: "page", path: "/sessions/[id]/rating-link", file: "app/(app)/sessions/[id]/rating-link/page.tsx", audience: { who: "roles", roles: clinician, on: on("session", "read") }, readsPatientData: true },
  { kind: "page", path: "/sessions/[id]/handover", file: "app/(app)/sessions/[id]/handover/page.tsx", audience: { who: "roles", roles: therapist, on: on("session", "write") }, readsPatientData: true },
  { kind: "page", path: "/supervision", file: "app/(app)/supervision/page.tsx", audience: { who: "roles", roles: ["SUPERVISOR"] }, readsPatientData: true },
  { kind: "page", path: "/admin", file: "app/(app)/admin/page.tsx", audience: { who: "roles", roles: ["ADMIN"] } },

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
  // The rating-link page's background check: whether the rating arrived, nothing of its content.
  { kind: "route", path: "/api/v1/sessions/[id]/rating-status", file: "app/api/v1/sessions/[id]/rating-status/route.ts", method: "GET", audience: { who: "roles", roles: clinician, on: on("session", "read") } },
  { kind: "route", path: "/api/v1/sessions/[id]/rating-link", file: "app/api/v1/sessions/[id]/rating-link/route.ts", method: "POST", audience: { who: "roles", roles: therapist, on: on("session", "write") }, writes: true },

  // Server actions
  { kind: "action", path: "/", file: "app/actions.ts", action: "logout", audience: { who: "signed-in" } },
  { kind: "action", path: "/login", file: "app/login/actions.ts", action: "login", audience: { who: "anyone" } },
  { kind: "action", path: "/caseload", file: "app/(app)/caseload/actions.ts", action: "searchCaseload", audience: { who: "roles", roles: therapist } },
  { kind: "action", path: "/patients/new", file: "app/(app)/patients/actions.ts", action: "createPatientAction", audience: { who: "roles", roles: therapist }, writes: true },
  { kind: "action", path: "/patients/[id]", file: "app/(app)/patients/actions.ts", action: "startEpisodeAction", audience: { who: "roles", roles: therapist, on: on("patient", "write") }, writes: true },
  { kind: "action", path: "/episodes/[id]/sessions/new", file: "app/(app)/episodes/[id]/actions.ts", action: "logSessionAction", audience: { who: "roles", roles: therapist, on: on("episode", "write") }, writes: true },
  { kind: "action", path: "/episodes/[id]", file: "app/(app)/episodes/[id]/actions.ts", action: "endEpisodeAction", audience: { who: "roles", roles: therapist, on: on("episode", "write") }, writes: true },
  { kind: "action", path: "/episodes/[id]", file: "app/(app)/episodes/[id]/actions.ts", action: "reviewRuptureAction", audience: { who: "roles", roles: therapist, on: on("rupture", "write") }, writes: true },
  { kind: "action", path: "/sessions/[id]/rating-link", file: "app/(app)/sessions/[id]/rating-link/actions.ts", action: "getLinkAction", audience: { who: "roles", roles: therapist, on: on("session", "write") }, writes: true },
  { kind: "action", path: "/sessions/[id]/rating-link", file: "app/(app)/sessions/[id]/rating-link/actions.ts", action: "revokeLinkAction", audience: { who: "roles", roles: therapist, on: on("session", "write") }, writes: true },
  { kind: "action", path: "/sessions/[id]/handover", file: "app/(app)/sessions/[id]/handover/actions.ts", action: "handOverAction", audience: { who: "roles", roles: therapist, on: on("session", "write") }, writes: true },
];
