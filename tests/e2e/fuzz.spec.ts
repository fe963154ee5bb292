import fc from "fast-check";
import type { APIResponse, BrowserContext } from "@playwright/test";
import { test, expect } from "./fixtures";
import { ROUTES, type RouteEntry } from "@/lib/route-registry";
import { ACTORS, OWNER, domainDigest, ensureMatrixUsers, freshTargets, signIn, type Targets } from "./support/matrix-world";
import { pathFor, takesState } from "./support/matrix-calls";
import { callAction } from "./support/server-action";
import { hostileFields, hostileJsonBody, hostileRawBody } from "./support/hostile-input";

// Property-based fuzzing of every write in the route registry, over real HTTP, as the one user who
// may write (so input checks, not access checks, are what answers): malformed and hostile input
// always gets a 4xx with a message (API) or a form error (server action), never a 5xx or a stack
// trace, and a rejected request leaves every domain table as it was.
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const WRITES = ROUTES.filter((r) => r.writes);
const STACK = /\n\s+at\s|node_modules|\.ts:\d+:\d+/;

// The treating therapist writes patient records; the clinic's admin makes the admin's writes.
let owner: BrowserContext;
let admin: BrowserContext;
// Writes to the clinic itself (its settings) are fuzzed as the other clinic's administrator, so
// nothing a fuzzer manages to save changes the demo clinic the other tests use.
let otherAdmin: BrowserContext;
test.beforeAll(async ({ browser, baseURL }) => {
  await ensureMatrixUsers();
  owner = await signIn(browser, baseURL!, ACTORS.find((a) => a.email === OWNER)!);
  admin = await signIn(browser, baseURL!, ACTORS.find((a) => a.name === "the clinic's admin")!);
  otherAdmin = await signIn(browser, baseURL!, ACTORS.find((a) => a.relation === "other-clinic")!);
});
test.afterAll(async () => {
  await owner.close();
  await admin.close();
  await otherAdmin.close();
});
function writerFor(entry: RouteEntry): BrowserContext {
  if (entry.audience.who !== "roles" || entry.audience.on?.mode !== "manage") return owner;
  return entry.audience.on.resource === "clinic" && entry.writes ? otherAdmin : admin;
}

async function expectRejectedCleanly(res: APIResponse, body: string, before: string, label: string): Promise<string> {
  expect(res.status(), `${label}: ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body, label).not.toMatch(STACK);
  const after = await domainDigest();
  if (res.status() >= 400) {
    const json = JSON.parse(body) as { message?: unknown };
    expect(typeof json.message === "string" && json.message.length > 0, `${label}: ${body}`).toBe(true);
    expect(after, `${label}: a refused request changed records`).toBe(before);
  }
  return after;
}

/** What the action answered: its form state, from the RSC payload's line for the action result. */
function actionState(body: string): { status?: string; code?: string; fieldErrors?: Record<string, unknown> } | null {
  const line = body.split("\n").find((l) => /^1:\{/.test(l));
  return line ? (JSON.parse(line.slice(2)) as { status?: string }) : null;
}

for (const entry of WRITES) {
  test(`fuzz ${entry.kind} ${entry.action ?? entry.method} ${entry.path}`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const t: Targets = await freshTargets();
    let before = await domainDigest();
    await fc.assert(
      fc.asyncProperty(entry.kind === "action" ? hostileFields(entry, t) : fc.oneof(hostileJsonBody(entry, t), hostileRawBody()), async (input) => {
        const label = `${entry.kind} ${entry.path} ${JSON.stringify(input).slice(0, 200)}`;
        const res = await send(entry, t, input, baseURL!);
        const body = await res.text();
        if (entry.kind === "route") {
          before = await expectRejectedCleanly(res, body, before, label);
          return;
        }
        expect(res.status(), `${label}: ${body.slice(0, 300)}`).toBeLessThan(500);
        expect(body, label).not.toMatch(STACK);
        const state = actionState(body);
        const after = await domainDigest();
        if (state?.status === "error") {
          expect(after, `${label}: a refused form changed records`).toBe(before);
          // Field messages, where the form shows them, are words for the user, one list per field.
          // (React's payload writes a missing value as the string "$undefined".)
          const fieldErrors = typeof state.fieldErrors === "object" ? state.fieldErrors : {};
          for (const messages of Object.values(fieldErrors)) expect(Array.isArray(messages) && messages.every((m) => typeof m === "string" && m.length > 0), label).toBe(true);
        }
        before = after;
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261129) },
    );
  });
}

function send(entry: RouteEntry, t: Targets, input: unknown, origin: string): Promise<APIResponse> {
  const path = pathFor(entry, t, null);
  const { request } = writerFor(entry);
  if (entry.kind === "action") {
    return callAction(request, { page: path, file: entry.file, action: entry.action!, fields: input as Record<string, string>, withState: takesState(entry.action!), origin });
  }
  const raw = input as { raw: string; contentType: string } | { json: unknown };
  const method = entry.method ?? "POST";
  if ("raw" in raw) return request.fetch(path, { method, headers: { Origin: origin, "Content-Type": raw.contentType }, data: raw.raw, maxRedirects: 0 });
  return request.fetch(path, { method, headers: { Origin: origin, "Content-Type": "application/json" }, data: JSON.stringify(raw.json), maxRedirects: 0 });
}
