import { z } from "zod";
import { BRIEF_ALLIANCE_CHECK, answersSchema } from "@/lib/alliance";
import { patientCreateRequest } from "@/lib/validation/patient";
import { episodeCreateSchema } from "@/lib/validation/episode";
import { sessionCreateSchema } from "@/lib/validation/session";
import { ratingSubmissionSchema } from "@/lib/validation/rating";
import { patientReassignSchema, supervisionPairSchema, userInviteSchema, userUpdateSchema } from "@/lib/validation/users";
import * as R from "@/lib/openapi/schemas";
import * as A from "@/lib/openapi/admin-schemas";
import { clinicSettingsUpdateSchema } from "@/lib/validation/clinic-settings";
import { auditFilterSchema } from "@/lib/validation/audit-log";

// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes validate
// with (request bodies) and the response shapes in lib/openapi/schemas.ts. To document a new route,
// add one entry to OPERATIONS.
type Param = { name: string; description: string };
type Op = {
  method: "get" | "post" | "patch" | "delete"; path: string;
  /** An administrator's route: every other role gets 404, as for a record out of reach. */
  admin?: boolean; summary: string; body?: z.ZodType; ok: { status: number; schema: z.ZodType }; auth?: boolean; query?: Param[]; headers?: Param[];
  /** Responses beyond the usual ones: an error description, a success { description, schema }, or null for a usual one the route never gives. */
  responses?: Record<number, string | { description: string; schema: z.ZodType } | null>;
  /** The success answer is a CSV file, not JSON. */
  csv?: boolean;
};

const ADMIN_404 = "Not found: a record outside your clinic, or you are not an administrator (other roles are answered as if the route did not exist).";
// Route params win over the body, so the documented bodies leave them out.
const inBody = {
  userUpdate: userUpdateSchema.omit({ id: true }),
  reassign: patientReassignSchema.omit({ id: true }),
};
// The audit log's query parameters, described from the schema that checks them.
const auditQuery: Param[] = Object.entries(auditFilterSchema.shape).map(([name, schema]) => ({ name, description: schema.meta()?.description ?? "Page number, from 1 (50 per page)." }));

const OPERATIONS: Op[] = [
  { method: "get", path: "/api/v1/users", admin: true, summary: "The clinic's user accounts (administrators only).", ok: { status: 200, schema: R.userListResponse } },
  { method: "post", path: "/api/v1/users", admin: true, summary: "Invite a user: a new account with a one-time password, returned only in this answer; the user must replace it at first login.", body: userInviteSchema, ok: { status: 201, schema: R.userWithPasswordResponse } },
  { method: "get", path: "/api/v1/users/{id}", admin: true, summary: "One user account of the clinic.", ok: { status: 200, schema: R.userResponse } },
  {
    method: "patch", path: "/api/v1/users/{id}", admin: true, body: inBody.userUpdate, ok: { status: 200, schema: R.userResponse },
    summary: "Change name, roles, language or active. Deactivating ends the user's open logins at their next request. The clinic's last active administrator cannot lose the role or be deactivated (409), nor can an administrator do either to themselves.",
  },
  { method: "post", path: "/api/v1/users/{id}/password-reset", admin: true, summary: "A new one-time password (only in this answer); the user's open logins end and they must choose a password at the next login.", ok: { status: 201, schema: R.userWithPasswordResponse }, responses: { 409: "An administrator's own password is changed on their account page." } },
  { method: "get", path: "/api/v1/supervision", admin: true, summary: "The clinic's supervisor → therapist pairs.", ok: { status: 200, schema: R.supervisionListResponse } },
  { method: "post", path: "/api/v1/supervision", admin: true, summary: "Pair a supervisor (an active user holding SUPERVISOR) with a therapist (an active user holding THERAPIST); 409 for a duplicate, a missing role or a user paired with themselves.", body: supervisionPairSchema, ok: { status: 201, schema: R.supervisionPairResponse } },
  { method: "delete", path: "/api/v1/supervision/{supervisorId}/{therapistId}", admin: true, summary: "Remove a pair. No body.", ok: { status: 200, schema: R.supervisionRemovedResponse } },
  {
    method: "post", path: "/api/v1/patients/{id}/reassign", admin: true, body: inBody.reassign, ok: { status: 201, schema: R.reassignResponse },
    summary: "Move a patient with all its treatment episodes to another active therapist of the clinic (audited). The administrator still cannot read the patient.",
  },
  { method: "get", path: "/api/v1/patients", summary: "The patients the signed-in user may read (own; supervisees' for supervisors).", ok: { status: 200, schema: R.patientListResponse }, query: [{ name: "page", description: "Page number, from 1 (50 per page)." }] },
  { method: "post", path: "/api/v1/patients", summary: "Create a patient of the signed-in therapist; with a modality, their first treatment episode starts too.", body: patientCreateRequest, ok: { status: 201, schema: R.patientResponse } },
  { method: "get", path: "/api/v1/patients/{id}", summary: "One patient with its treatment episodes.", ok: { status: 200, schema: R.patientResponse } },
  { method: "post", path: "/api/v1/patients/{id}/episodes", summary: "Start a treatment episode (one active episode per patient).", body: episodeCreateSchema, ok: { status: 201, schema: R.episodeResponse } },
  { method: "get", path: "/api/v1/episodes/{id}/alliance", summary: "Sessions with scores (0–100) and ruptures as the engine returns them, with the clinician's review.", ok: { status: 200, schema: R.allianceResponse } },
  { method: "post", path: "/api/v1/episodes/{id}/sessions", summary: "Log a session. A marker may open a rupture.", body: sessionCreateSchema, ok: { status: 201, schema: R.sessionResponse } },
  { method: "post", path: "/api/v1/sessions/{id}/rating-link", summary: "A new single-use rating link for a session (revokes the earlier one). The token is returned only here.", ok: { status: 201, schema: R.ratingLinkResponse } },
  { method: "get", path: "/api/v1/sessions/{id}/rating-status", summary: "Whether the patient's rating has arrived and the state of the session's latest link (no patient data). Does not renew the session.", ok: { status: 200, schema: R.ratingStatusResponse } },
  { method: "get", path: "/api/v1/clinic/settings", admin: true, summary: "The clinic's settings (administrators): name, default language, rating-link lifetime, instrument and the engine's overrides and effective parameters, with every instrument the clinic may choose.", ok: { status: 200, schema: A.clinicSettingsResponse } },
  {
    method: "patch", path: "/api/v1/clinic/settings", body: clinicSettingsUpdateSchema, ok: { status: 200, schema: A.clinicSettingsUpdateResponse }, responses: { 403: "Not an administrator of the clinic, or a write with the session cookie without an Origin header naming this site.", 409: "The instrument is not one the clinic may choose, or its item wording is missing." },
    summary: "Change the clinic's settings (administrators); fields left out keep their value. New thresholds or a new instrument recompute every rupture of the clinic in the same transaction (clinicians' reviews kept); the answer says how many changed.",
  },
  { method: "get", path: "/api/v1/audit-events", summary: "The clinic's audit log (administrators), newest first, 50 per page. Reading it is itself audited (audit.read).", ok: { status: 200, schema: A.auditEventsResponse }, query: auditQuery, admin: true, responses: { 404: "Not found: a patient outside the clinic, or you are not an administrator.", 422: "Invalid filters, with field messages." } },
  { method: "get", path: "/api/v1/audit-events.csv", summary: "Every event the filters match, as CSV (UTF-8 with BOM), newest first. The download is audited (audit.export).", ok: { status: 200, schema: z.string() }, csv: true, query: auditQuery.filter((q) => q.name !== "page"), admin: true, responses: { 404: "Not found: a patient outside the clinic, or you are not an administrator.", 422: "Invalid filters, with field messages." } },
  {
    method: "get", path: "/api/v1/supervision/summary", ok: { status: 200, schema: R.supervisionSummaryResponse },
    summary: "Supervisors: the figures of each supervisee's caseload over a period (aggregates only, no patient), needing attention first. Definitions: docs/instruments-and-figures.md.",
    query: [{ name: "from", description: "First day (YYYY-MM-DD); with `to`. Without both: the last three months." }, { name: "to", description: "Last day (YYYY-MM-DD), included; at most five years after `from`." }],
    responses: { 403: "The signed-in user is not a supervisor.", 404: null, 422: "`from` or `to` is not a date, only one is given, or `to` is before `from`." },
  },
  {
    method: "post", path: "/api/v1/ratings/{token}", auth: false, body: ratingSubmissionSchema(BRIEF_ALLIANCE_CHECK), ok: { status: 201, schema: R.ratingStoredResponse },
    summary: "Submit the patient's rating with a rating-link token (no account). The body must be JSON (else 415). Send an Idempotency-Key to have a retry recognised; a used or expired link gives the same 410 whatever the body.",
    headers: [{ name: "Idempotency-Key", description: "A random key for this submission (1–255 visible ASCII characters). A retry with the key of the stored rating within 10 minutes answers 200 and stores nothing; the content is not compared." }],
    responses: {
      200: { description: "A retry with the stored rating's Idempotency-Key within 10 minutes: already stored, nothing new.", schema: R.ratingStoredResponse },
      400: "The body is not JSON, or the Idempotency-Key header is malformed.",
      409: null,
      410: "The link has already been used, has expired or was withdrawn: the same answer whatever the body.",
      429: "Too many refused submissions for this link (20 in 15 minutes); see Retry-After.",
    },
  },
];

function toSchema(schema: z.ZodType, io: "input" | "output") {
  const out = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown> & { properties?: Record<string, unknown> };
  delete out.$schema; // the document's dialect already says 2020-12
  return out;
}
const json = (schema: z.ZodType, io: "input" | "output") => ({ "application/json": { schema: toSchema(schema, io) } });

// The rating's answers are checked by a custom zod type (per instrument) that JSON Schema cannot
// express; describe the default instrument's answers instead.
function ratingBody() {
  const body = json(ratingSubmissionSchema(BRIEF_ALLIANCE_CHECK), "input");
  body["application/json"].schema.properties!.answers = toSchema(answersSchema(BRIEF_ALLIANCE_CHECK), "input");
  return body;
}
const error = (description: string) => ({ description, content: json(R.errorResponse, "output") });

export function openApiDocument(serverUrl = "/") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
    const optional = [...(op.query ?? []).map((q) => ({ ...q, in: "query" })), ...(op.headers ?? []).map((h) => ({ ...h, in: "header" }))]
      .map((p) => ({ name: p.name, in: p.in, required: false, description: p.description, schema: { type: "string" } }));
    const extra = Object.entries(op.responses ?? {}).map(([status, r]) => [status, typeof r === "string" ? error(r) : r && { description: r.description, content: json(r.schema, "output") }]);
    const responses: Record<string, unknown> = {
      [op.ok.status]: { description: "OK", content: op.csv ? { "text/csv": { schema: { type: "string" } } } : json(op.ok.schema, "output") },
      ...(op.auth === false ? {} : { 401: error("Not signed in.") }),
      ...(op.method !== "get" && op.auth !== false ? { 403: error("A write with the session cookie must carry an Origin header naming this site.") } : {}),
      404: error(op.admin ? ADMIN_404 : "Not found, or outside your access (the two are not told apart)."),
      ...(op.body ? { 409: error("Conflicts with the current state."), 422: error("Invalid input, with field messages.") } : {}),
      ...(op.method === "post" || op.method === "patch" ? { 415: error("The body must be JSON (Content-Type: application/json).") } : {}),
      ...Object.fromEntries(extra),
    };
    for (const [status, r] of extra) if (!r) delete responses[status as string];
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      ...(op.auth === false ? { security: [] } : {}),
      ...(params.length || optional.length ? { parameters: [...params, ...optional] } : {}),
      ...(op.body ? { requestBody: { required: true, content: op.path.startsWith("/api/v1/ratings/") ? ratingBody() : json(op.body, "input") } } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Bordin API", version: "1", description: "Therapeutic alliance tracking. Every request is checked on the server exactly like the pages." },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "bordin.session-token" } } },
    security: [{ session: [] }],
    paths,
  };
}
