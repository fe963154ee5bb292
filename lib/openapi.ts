import { z } from "zod";
import { BRIEF_ALLIANCE_CHECK, answersSchema } from "@/lib/alliance";
import { patientCreateSchema } from "@/lib/validation/patient";
import { episodeCreateSchema } from "@/lib/validation/episode";
import { sessionCreateSchema } from "@/lib/validation/session";
import { ratingSubmissionSchema } from "@/lib/validation/rating";
import * as R from "@/lib/openapi-schemas";

// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes validate
// with (request bodies) and the response shapes in lib/openapi-schemas.ts. To document a new route,
// add one entry to OPERATIONS.
type Op = { method: "get" | "post"; path: string; summary: string; body?: z.ZodType; ok: { status: number; schema: z.ZodType }; auth?: boolean; query?: { name: string; description: string }[] };

const OPERATIONS: Op[] = [
  { method: "get", path: "/api/v1/patients", summary: "The patients the signed-in user may read (own; supervisees' for supervisors).", ok: { status: 200, schema: R.patientListResponse }, query: [{ name: "page", description: "Page number, from 1 (50 per page)." }] },
  { method: "post", path: "/api/v1/patients", summary: "Create a patient of the signed-in therapist.", body: patientCreateSchema, ok: { status: 201, schema: R.patientResponse } },
  { method: "get", path: "/api/v1/patients/{id}", summary: "One patient with its treatment episodes.", ok: { status: 200, schema: R.patientResponse } },
  { method: "post", path: "/api/v1/patients/{id}/episodes", summary: "Start a treatment episode (one active episode per patient).", body: episodeCreateSchema, ok: { status: 201, schema: R.episodeResponse } },
  { method: "get", path: "/api/v1/episodes/{id}/alliance", summary: "Sessions with scores (0–100) and ruptures as the engine returns them, with the clinician's review.", ok: { status: 200, schema: R.allianceResponse } },
  { method: "post", path: "/api/v1/episodes/{id}/sessions", summary: "Log a session. A marker may open a rupture.", body: sessionCreateSchema, ok: { status: 201, schema: R.sessionResponse } },
  { method: "post", path: "/api/v1/sessions/{id}/rating-link", summary: "A new single-use rating link for a session (revokes the earlier one). The token is returned only here.", ok: { status: 201, schema: R.ratingLinkResponse } },
  { method: "get", path: "/api/v1/sessions/{id}/rating-status", summary: "Whether the patient's rating has arrived and the state of the session's latest link (no patient data). Does not renew the session.", ok: { status: 200, schema: R.ratingStatusResponse } },
  { method: "post", path: "/api/v1/ratings/{token}", summary: "Submit the patient's rating with a rating-link token (no account). An identical retry answers 200.", body: ratingSubmissionSchema(BRIEF_ALLIANCE_CHECK), ok: { status: 201, schema: R.ratingStoredResponse }, auth: false },
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
    const query = (op.query ?? []).map((q) => ({ name: q.name, in: "query", required: false, description: q.description, schema: { type: "string" } }));
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      ...(op.auth === false ? { security: [] } : {}),
      ...(params.length || query.length ? { parameters: [...params, ...query] } : {}),
      ...(op.body ? { requestBody: { required: true, content: op.path.startsWith("/api/v1/ratings/") ? ratingBody() : json(op.body, "input") } } : {}),
      responses: {
        [op.ok.status]: { description: "OK", content: json(op.ok.schema, "output") },
        ...(op.auth === false ? {} : { 401: error("Not signed in.") }),
        ...(op.method === "post" && op.auth !== false ? { 403: error("A write with the session cookie must carry an Origin header naming this site.") } : {}),
        404: error("Not found, or outside your access (the two are not told apart)."),
        ...(op.body ? { 409: error("Conflicts with the current state."), 422: error("Invalid input, with field messages.") } : {}),
        ...(op.method === "post" ? { 415: error("The body must be JSON (Content-Type: application/json).") } : {}),
      },
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
