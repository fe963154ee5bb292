import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { applyMutation, requireCaller, type MutationDef } from "@/lib/mutation";
import { apiLocale } from "@/lib/i18n/locale";
import { checkApiWrite } from "@/lib/http/request-guard";
import type { Role, CurrentUser } from "@/lib/roles";

// Route handlers for the REST API. Writes go through the same `runMutation` as forms; reads through
// `apiRead`, which requires the user the same way. Errors become JSON with a status and, for invalid
// input, field messages. Anything unexpected is a bare 500 with no detail: the log gets the error
// name only, never the request body (it may hold patient data). No answer may be cached: they hold
// patient data or say who is signed in.
type Params = Record<string, string>;
type RouteContext = { params: Promise<Params> };

export const NO_STORE = { "Cache-Control": "no-store" } as const;

/** A JSON answer of the API, never cached. */
export function apiJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    return apiJson({ error: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) }, error.status);
  }
  console.error(`[api] unexpected ${error instanceof Error ? error.name : typeof error}`);
  return apiJson({ error: "internal", message: "Something went wrong. Nothing was saved." }, 500);
}

/** The request body as JSON: an empty body reads as `{}`, anything unparsable is a 400. */
export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "bad_json", "The request body is not valid JSON.");
  }
}

/**
 * POST/PUT/PATCH/DELETE handler for a mutation of lib/mutations: body (plus route params, which win)
 * → the shared mutation sequence, messages in the user's language (else Accept-Language, else the
 * clinic's). The caller is authenticated by the session cookie, so the write must come from this
 * site, as JSON; with `body: false` (a DELETE: the path names the record) any body is ignored.
 * `present` shapes the result (given the request, e.g. for the site's address).
 */
export function apiMutation<S extends z.ZodType, R>(def: MutationDef<S, R>, options: { status?: number; body?: false; present?: (result: R, req: Request) => unknown } = {}) {
  return async (req: Request, ctx: RouteContext) => {
    try {
      // Who is asking comes first: an anonymous caller gets 401 whatever the body holds.
      const user = await requireCaller(def);
      checkApiWrite(req, { cookieAuthenticated: true, body: options.body !== false });
      const body = options.body === false ? {} : await readJson(req);
      const params = await ctx.params;
      const raw = body && typeof body === "object" && !Array.isArray(body) ? { ...body, ...params } : body;
      const result = await applyMutation(def, user, raw, await apiLocale(user, req));
      return apiJson(options.present ? options.present(result, req) : result, options.status ?? 200);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * GET handler: requires the user, then a scoped data-layer read (given the request, for the
 * language of a query's messages: `parseInput(schema, raw, await apiLocale(user, req))`). `hideFromOtherRoles` answers a
 * missing role 404 rather than 403, as the admin area's routes do.
 */
export function apiRead<R>(roles: readonly Role[] | undefined, read: (user: CurrentUser, params: Params, url: URL, req: Request) => Promise<R>, options: { hideFromOtherRoles?: boolean } = {}) {
  return async (req: Request, ctx: RouteContext) => {
    try {
      const user = await requireCaller({ roles, hideFromOtherRoles: options.hideFromOtherRoles });
      return apiJson(await read(user, await ctx.params, new URL(req.url), req));
    } catch (error) {
      return errorResponse(error);
    }
  };
}
