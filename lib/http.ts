import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { applyMutation, type MutationDef } from "@/lib/mutation";
import { requireUser } from "@/lib/auth";
import type { Role, SessionUser } from "@/lib/roles";

// Route handlers for the REST API. Writes go through the same `runMutation` as forms; reads through
// `apiRead`, which requires the user the same way. Errors become JSON with a status and, for invalid
// input, field messages. Anything unexpected is a bare 500 with no detail: the log gets the error
// name only, never the request body (it may hold patient data).
type Params = Record<string, string>;
type RouteContext = { params: Promise<Params> };

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    return NextResponse.json({ error: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) }, { status: error.status });
  }
  console.error(`[api] unexpected ${error instanceof Error ? error.name : typeof error}`);
  return NextResponse.json({ error: "internal", message: "Something went wrong. Nothing was saved." }, { status: 500 });
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

/** POST/PUT/PATCH handler: body (plus route params, which win) → the shared mutation sequence. */
export function apiMutation<S extends z.ZodType, R>(def: MutationDef<S, R> & { status?: number; present?: (r: R) => unknown }) {
  return async (req: Request, ctx: RouteContext) => {
    try {
      // Who is asking comes first: an anonymous caller gets 401 whatever the body holds.
      const user = await requireUser(def.roles);
      const body = await readJson(req);
      const params = await ctx.params;
      const raw = body && typeof body === "object" && !Array.isArray(body) ? { ...body, ...params } : body;
      const result = await applyMutation(def, user, raw);
      return NextResponse.json(def.present ? def.present(result) : result, { status: def.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** GET handler: requires the user, then a scoped data-layer read. */
export function apiRead<R>(roles: readonly Role[] | undefined, read: (user: SessionUser, params: Params, url: URL) => Promise<R>) {
  return async (req: Request, ctx: RouteContext) => {
    try {
      const user = await requireUser(roles);
      return NextResponse.json(await read(user, await ctx.params, new URL(req.url)));
    } catch (error) {
      return errorResponse(error);
    }
  };
}
