import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

// Calls a server action over real HTTP the way React's client does (a POST to a page with the
// action's id in `Next-Action` and its arguments encoded as multipart), so tests can send any
// user's cookies and any field values to any action — what an attacker with a browser can do.
type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

function manifest(): Manifest {
  const dist = process.env.NEXT_DIST_DIR ?? ".next";
  return JSON.parse(readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
}

/** The build's id for `exportedName` in `file` (as in the registry: "app/…/actions.ts"). */
export function actionId(file: string, exportedName: string): string {
  const found = Object.entries(manifest().node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in ${file} in this build`);
  return found[0];
}

/**
 * Posts `fields` as the action's FormData. Actions used with useActionState take (previous state,
 * form); the others take the form alone. React encodes the argument list as JSON in field "0" and
 * the FormData's own fields under the prefix "_1_" (reference "$K1").
 */
export async function callAction(
  request: APIRequestContext,
  opts: { page: string; file: string; action: string; fields: Record<string, string | string[]>; withState: boolean; origin: string; headers?: Record<string, string> },
): Promise<APIResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(opts.fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(`_1_${name}`, v);
  }
  // The root goes last: the server decodes the stream in order and resolves "$K1" from the fields
  // it has already read.
  form.append("0", JSON.stringify(opts.withState ? [{}, "$K1"] : ["$K1"]));
  return request.post(opts.page, {
    headers: { ...opts.headers, "Next-Action": actionId(opts.file, opts.action), Origin: opts.origin, Accept: "text/x-component" },
    multipart: form,
    maxRedirects: 0,
  });
}
