import { z } from "zod";
import { BRIEF_ALLIANCE_CHECK, answersSchema } from "@/lib/alliance";
import { patientCreateRequest } from "@/lib/validation/patient";
import { episodeCreateSchema } from "@/lib/validation/episode";
import { sessionCreateSchema } from "@/lib/validation/session";
import { ratingSubmissionSchema } from "@/lib/validation/rating";
import * as R from "@/lib/openapi/schemas";

// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes validate
// with (request bodies) and the response shapes in lib/openapi/schemas.ts. To document a new route,
// add one entry to OPERATIONS.
type Param = { name: string; description: string };
type Op = {
  method: "get" | "post"; path: string; summary: string; body?: z.ZodType; ok: { status: number; schema: z.ZodType }; auth?: boolean; query?: Param[]; headers?: Param[];
  /** Responses beyond the usual ones: an error description, a success { description, schema }, or null for a usual one the route never gives. */
  responses?: Record<number, string | { description: string; schema: z.ZodType } | null>;
};

const OPERATIONS: Op[] = [
  { method: "get", path: "/api/v1/patients", summary: "The patients the signed-in user may read (own; supervisees' for supervisors).", ok: { status: 200, schema: R.patientListResponse }, query: [{ name: "page", description: "Page number, from 1 (50 per page)." }] },
  { method: "post", path: "/api/v1/patients", summary: "Create a patient of the signed-in therapist; with a modality, their first treatment episode starts too.", body: patientCreateRequest, ok: { status: 201, schema: R.patientResponse } },
  { method: "get", path: "/api/v1/patients/{id}", summary: "One patient with its treatment episodes.", ok: { status: 200, schema: R.patientResponse } },
  { method: "post", path: "/api/v1/patients/{id}/episodes", summary: "Start a treatment episode (one active episode per patient).", body: episodeCreateSchema, ok: { status: 201, schema: R.episodeResponse } },
  { method: "get", path: "/api/v1/episodes/{id}/alliance", summary: "Sessions with scores (0–100) and ruptures as the engine returns them, with the clinician's review.", ok: { status: 200, schema: R.allianceResponse } },
  { method: "post", path: "/api/v1/episodes/{id}/sessions", summary: "Log a session. A marker may open a rupture.", body: sessionCreateSchema, ok: { status: 201, schema: R.sessionResponse } },
  { method: "post", path: "/api/v1/sessions/{id}/rating-link", summary: "A new single-use rating link for a session (revokes the earlier one). The token is returned only here.", ok: { status: 201, schema: R.ratingLinkResponse } },
  { method: "get", path: "/api/v1/sessions/{id}/rating-status", summary: "Whether the patient's rating has arrived and the state of the session's latest link (no patient data). Does not renew the session.", ok: { status: 200, schema: R.ratingStatusResponse } },
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
      [op.ok.status]: { description: "OK", content: json(op.ok.schema, "output") },
      ...(op.auth === false ? {} : { 401: error("Not signed in.") }),
      ...(op.method === "post" && op.auth !== false ? { 403: error("A write with the session cookie must carry an Origin header naming this site.") } : {}),
      404: error("Not found, or outside your access (the two are not told apart)."),
      ...(op.body ? { 409: error("Conflicts with the current state."), 422: error("Invalid input, with field messages.") } : {}),
      ...(op.method === "post" ? { 415: error("The body must be JSON (Content-Type: application/json).") } : {}),
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
