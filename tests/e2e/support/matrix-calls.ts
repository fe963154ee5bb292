import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { RouteEntry } from "@/lib/route-registry";
import type { Targets } from "./matrix-world";
import { callAction } from "./server-action";

// How the access matrix calls each registered route: which record's id goes into the path, and a
// body or form that the allowed user's call would succeed with — so a refusal is the access rule
// speaking, not bad input.
export const SPOOFED_ADDRESS = "203.0.113.77";
export type LinkCredentials = { token: string; code: string };

/** Server actions used with useActionState take (previous state, form); the rest take the form. */
const WITH_STATE = new Set([
  "login", "createPatientAction", "startEpisodeAction", "logSessionAction", "endEpisodeAction", "reviewRuptureAction",
  "inviteUserAction", "updateUserAction", "setUserActiveAction", "resetPasswordAction", "assignSupervisionAction", "removeSupervisionAction", "reassignPatientAction", "reassignCaseloadAction",
  "setupAction", "changePasswordAction", "updateSettingsAction", "filterAuditLog", "createNoteAction", "updateNoteAction", "deleteNoteAction",
]);
export const takesState = (action: string) => WITH_STATE.has(action);

let serial = 0;
const uniqueCode = () => `MX-${Date.now().toString(36).slice(-5)}${(serial++).toString(36)}`.toUpperCase();
const uniqueEmail = () => `matrix-invite-${Date.now().toString(36)}${(serial++).toString(36)}@example.test`;
// A link lifetime the clinic does not have yet, so an allowed settings write changes a record.
const linkHours = () => String(24 + (serial++ % 200));
const RATING = { "answers.bond": "8", "answers.goals": "7", "answers.tasks": "9", difficulty: "none" };

export function pathFor(entry: RouteEntry, t: Targets, link: LinkCredentials | null): string {
  const on = entry.audience.who === "roles" ? entry.audience.on : undefined;
  const id = !on ? "" : on.resource === "patient" ? t.patient : on.resource === "user" ? t.user : on.resource === "therapist" || on.resource === "note" ? t.owner : on.resource === "session" ? (entry.action === "revokeLinkAction" ? t.openLinkSession : t.session) : t.episode;
  const nextAuth = entry.method === "GET" ? "session" : "signout";
  return entry.path.replace("[id]", id).replace("[token]", link?.token ?? "A".repeat(43)).replace("[...nextauth]", nextAuth)
    .replace("[supervisorId]", t.supervisor).replace("[therapistId]", t.user);
}

export function bodyFor(entry: RouteEntry, t: Targets): unknown {
  if (entry.path === "/api/v1/patients") return { code: uniqueCode() };
  if (entry.path === "/api/v1/users") return { name: "Matrix Invitee", email: uniqueEmail(), roles: ["THERAPIST"], locale: "en" };
  if (entry.path === "/api/v1/users/[id]") return { name: "Matrix Renamed", roles: ["THERAPIST", "SUPERVISOR"] };
  if (entry.path === "/api/v1/supervision") return { supervisorId: t.supervisor, therapistId: t.owner };
  if (entry.path.endsWith("/reassign")) return { therapistId: t.user };
  if (entry.path.endsWith("/episodes")) return { modality: "cbt", goals: ["Sleep through the night"] };
  if (entry.path.endsWith("/sessions")) return { therapistBond: 7 };
  if (entry.path.startsWith("/api/v1/ratings/")) return { answers: { bond: 8, goals: 7, tasks: 9 }, difficulty: "none" };
  if (entry.path === "/api/v1/clinic/settings") return { ratingLinkHours: Number(linkHours()) };
  return {};
}

export function fieldsFor(entry: RouteEntry, t: Targets): Record<string, string> {
  switch (entry.action) {
    case "createPatientAction": return { code: uniqueCode(), modality: "cbt", goals: "Sleep through the night" };
    case "startEpisodeAction": return { id: t.patient, modality: "cbt", goals: "Return to work" };
    case "logSessionAction": return { id: t.episode, marker: "none", therapistBond: "7" };
    case "endEpisodeAction": return { id: t.episode };
    case "reviewRuptureAction": return { ruptureId: t.rupture, review: "confirmed" };
    case "getLinkAction": case "handOverAction": return { id: t.session };
    case "revokeLinkAction": return { id: t.openLinkSession };
    case "searchCaseload": return { q: "", filter: "all" };
    case "inviteUserAction": return { name: "Matrix Invitee", email: uniqueEmail(), "roles[]": "THERAPIST", locale: "en" };
    case "updateUserAction": return { id: t.user, name: "Matrix Renamed", "roles[]": "THERAPIST", locale: "nb" };
    case "setUserActiveAction": return { id: t.user, active: "false" };
    case "resetPasswordAction": return { id: t.user };
    case "assignSupervisionAction": return { supervisorId: t.supervisor, therapistId: t.owner };
    case "removeSupervisionAction": return { supervisorId: t.supervisor, therapistId: t.user };
    case "reassignPatientAction": return { id: t.patient, therapistId: t.user };
    case "reassignCaseloadAction": return { fromTherapistId: t.user, toTherapistId: t.owner };
    case "updateSettingsAction": return { section: "general", ratingLinkHours: linkHours() };
    case "createNoteAction": return { id: t.owner, meetingDate: "2026-02-03", text: "Discussed the second session." };
    case "updateNoteAction": return { id: t.note, meetingDate: "2026-02-04", text: "Changed." };
    case "deleteNoteAction": return { id: t.note };
    // Invalid on purpose: the matrix checks who may reach these, not what they do with good input
    // (a wrong password or code would count against the address's limits for the other tests).
    default: return {};
  }
}

/** One call as `actor`, always with a forged X-Forwarded-For that must not reach the audit trail. */
export async function callAs(request: APIRequestContext, entry: RouteEntry, t: Targets, link: LinkCredentials | null, origin: string): Promise<APIResponse> {
  const path = pathFor(entry, t, link);
  const headers = { "X-Forwarded-For": SPOOFED_ADDRESS };
  if (entry.kind === "action") {
    return callAction(request, { page: path, file: entry.file, action: entry.action!, fields: fieldsFor(entry, t), withState: WITH_STATE.has(entry.action!), origin, headers });
  }
  if (entry.kind === "page" || entry.method === "GET") return request.get(path, { headers, maxRedirects: 0 });
  if (entry.method === "DELETE") return request.delete(path, { headers: { ...headers, Origin: origin }, maxRedirects: 0 });
  if (entry.method === "PATCH") return request.patch(path, { headers: { ...headers, Origin: origin }, data: bodyFor(entry, t), maxRedirects: 0 });
  if (entry.path === "/r/submit") return request.post(path, { headers: { ...headers, Origin: origin }, form: { source: "link", token: link?.token ?? "A".repeat(43), ...RATING }, maxRedirects: 0 });
  if (entry.path === "/r/code" || entry.path === "/locale" || entry.path === "/locked/unlock" || entry.path.startsWith("/api/auth")) return request.post(path, { headers: { ...headers, Origin: origin }, form: {}, maxRedirects: 0 });
  return request.post(path, { headers: { ...headers, Origin: origin }, data: bodyFor(entry, t), maxRedirects: 0 });
}
