import type { Audience, RouteEntry } from "@/lib/route-registry";
import type { Role } from "@/lib/roles";

// The access table of docs/access.md as data, for the tests generated from the route registry:
//
//                 own patients   supervisees' patients   other patients   clinic settings/users
//   therapist     read/write     –                       –                –
//   supervisor    read/write     read                    –                –
//   admin         – (unless also therapist)              –                read/write
//   rating link   submit one rating for its one session
//
// A supervisor's own notes on a supervisee (mode "supervise") are that supervisor's alone: the
// therapist they are about, the admin and other supervisors get "not found".
//
// The admin's routes (mode "manage") answer every other role 404, as a missing record, so the admin
// area is not revealed; another clinic's admin reaches only their own clinic's records.
//
// Nothing crosses clinics. Every record the tests aim at belongs to one therapist ("the owner").

/** How the calling actor stands to the owner of the record a route works on. */
export type Relation = "own" | "supervisee" | "other" | "other-clinic";

export type Actor = {
  name: string;
  /** Demo login, or null for no session. */
  email: string | null;
  roles: Role[];
  relation: Relation | null;
  /** Holds an open rating link (and nothing else). */
  ratingLink?: boolean;
};

/** What the app must do with this actor's call, before it is turned into a status by kind of route. */
export type Outcome = "allow" | "login" | "forbidden" | "not-found" | "no-link";

export function expectedOutcome(audience: Audience, actor: Actor): Outcome {
  const signedIn = actor.email !== null;
  switch (audience.who) {
    case "anyone":
      return "allow";
    case "signed-in":
      return signedIn ? "allow" : "login";
    case "rating-link":
      return actor.ratingLink ? "allow" : "no-link";
    case "roles": {
      if (!signedIn) return "login";
      if (!audience.roles.some((r) => actor.roles.includes(r))) return "forbidden";
      if (!audience.on) return "allow";
      if (audience.on.mode === "manage") return audience.on.resource === "clinic" || actor.relation !== "other-clinic" ? "allow" : "not-found";
      return mayReach(actor, audience.on.mode) ? "allow" : "not-found";
    }
  }
}

function mayReach(actor: Actor, mode: "read" | "write" | "supervise"): boolean {
  if (mode === "supervise") return actor.relation === "supervisee" && actor.roles.includes("SUPERVISOR");
  if (actor.relation === "own") return actor.roles.includes("THERAPIST");
  if (actor.relation === "supervisee") return mode === "read" && actor.roles.includes("SUPERVISOR");
  return false;
}

/**
 * The HTTP answer each outcome must give. Pages hide what a user may not open behind the same 404
 * as a missing record; the API tells a missing role (403) from a record out of reach (404).
 */
export function expectedStatus(entry: RouteEntry, outcome: Outcome): number | "login-redirect" {
  if (outcome === "allow") return entry.method === "POST" ? 201 : 200;
  if (entry.kind === "page") return outcome === "login" ? "login-redirect" : 404;
  // A route handler outside the API (a download a page links to) sends a visitor without a
  // session to the login page, as pages do; past the login it answers as the API does.
  if (outcome === "login") return entry.path.startsWith("/api/") ? 401 : "login-redirect";
  const hidden = entry.audience.who === "roles" && entry.audience.on?.mode === "manage";
  if (outcome === "forbidden") return hidden ? 404 : 403;
  return 404;
}
