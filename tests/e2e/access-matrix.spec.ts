import type { APIResponse, BrowserContext } from "@playwright/test";
import { apiPost, test, expect } from "./fixtures";
import { ROUTES, type RouteEntry } from "@/lib/route-registry";
import { expectedOutcome, expectedStatus, type Actor, type Outcome } from "../support/access-table";
import { ACTORS, OWNER, db, domainDigest, ensureMatrixUsers, freshTargets, signIn, type Targets } from "./support/matrix-world";
import { SPOOFED_ADDRESS, callAs, pathFor, type LinkCredentials } from "./support/matrix-calls";
import { CODE_COOKIE, HANDOVER_COOKIE, signValue } from "@/lib/rating/token";
import { E2E_SECRET } from "../../playwright.config";

// Generated from lib/route-registry.ts: every registered page, route handler and server action,
// called over real HTTP by every kind of actor, must answer as docs/access.md's table says — and
// leave the audit trail that the rules ask for, with the real client address, never a forged one.

const contexts = new Map<string, BrowserContext>();
let owner: BrowserContext;

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  // The typed-code cookie is signed with the server's secret; the holder of a code gets it from /r.
  process.env.NEXTAUTH_SECRET = E2E_SECRET;
  await ensureMatrixUsers();
  for (const actor of ACTORS) contexts.set(actor.name, await signIn(browser, baseURL!, actor));
  owner = contexts.get(ACTORS.find((a) => a.email === OWNER)!.name)!;
});

test.afterAll(async () => {
  for (const c of contexts.values()) await c.close();
});

/** A fresh open link on a new session of the owner, made the way a therapist makes one. */
async function newLink(t: Targets): Promise<LinkCredentials> {
  const episode = await db.treatmentEpisode.findUniqueOrThrow({ where: { id: t.episode }, include: { _count: { select: { sessions: true } } } });
  const session = await db.session.create({ data: { clinicId: episode.clinicId, episodeId: episode.id, number: episode._count.sessions + 1, date: new Date("2026-02-02"), marker: "none", repairStrategies: "[]" } });
  const res = await apiPost(owner.request, `/api/v1/sessions/${session.id}/rating-link`);
  expect(res.status()).toBe(201);
  return (await res.json()) as LinkCredentials;
}

const isRedirect = (res: APIResponse) => [301, 302, 303, 307, 308].includes(res.status());
const location = (res: APIResponse) => res.headers()["location"] ?? res.headers()["x-action-redirect"] ?? "";
const READ_ACTIONS = /\.(read|list)$/;

function expectAnswer(entry: RouteEntry, outcome: Outcome, res: APIResponse, body: string, label: string) {
  if (entry.audience.who === "anyone") return;
  if (entry.audience.who === "rating-link") {
    const reached = entry.kind === "page" ? body.includes('name="source"') : entry.method === "POST" && entry.kind === "route" && entry.path.startsWith("/api") ? res.status() === 201 : location(res).includes("/r/thanks") || body.includes("/r/thanks");
    expect(reached, label).toBe(outcome === "allow");
    return;
  }
  if (entry.kind === "action") {
    if (entry.action === "searchCaseload") expect(location(res).startsWith("/caseload"), label).toBe(outcome === "allow");
    return;
  }
  const want = expectedStatus(entry, outcome);
  if (want === "login-redirect") {
    expect(isRedirect(res) && location(res).startsWith("/login"), `${label} → ${res.status()} ${location(res)}`).toBe(true);
  } else if (entry.path === "/" && outcome === "allow") {
    expect(isRedirect(res) && !location(res).startsWith("/login"), label).toBe(true);
  } else {
    expect(res.status(), label).toBe(want);
  }
}

type Event = { action: string; entity: string; ip: string | null; userId: string | null };
// The supervisor's own notes are not patient data: their reads are counted on their own, one per
// page that lists them, beside the page's one read of patient data.
const NOTE_PAGES = new Set(["/supervision/therapists/[id]", "/supervision/report"]);

function expectAudit(entry: RouteEntry, actor: Actor, outcome: Outcome, events: Event[], changed: boolean | null, label: string) {
  // Whatever was recorded carries the address the server saw, never the one the client claimed.
  for (const e of events) expect.soft(e.ip, `${label}: ${e.action}`).not.toContain(SPOOFED_ADDRESS);
  const own = events.filter((e) => e.action !== "access.denied" && !READ_ACTIONS.test(e.action));
  const reads = events.filter((e) => READ_ACTIONS.test(e.action) && e.entity !== "SupervisorNote");
  const noteReads = events.filter((e) => READ_ACTIONS.test(e.action) && e.entity === "SupervisorNote");
  if (entry.writes) {
    expect(changed, `${label}: records changed`).toBe(outcome === "allow");
    expect(own.length, `${label}: write events ${JSON.stringify(events)}`).toBe(outcome === "allow" ? 1 : 0);
  }
  if (entry.readsPatientData && entry.kind !== "action") {
    expect(reads.length, `${label}: read events ${JSON.stringify(events)}`).toBe(outcome === "allow" ? 1 : 0);
  }
  if (entry.kind === "page") {
    expect(noteReads.length, `${label}: note read events ${JSON.stringify(events)}`).toBe(NOTE_PAGES.has(entry.path) && outcome === "allow" ? 1 : 0);
  }
  if (outcome === "not-found" && entry.kind !== "action") {
    expect(events.filter((e) => e.action === "access.denied").length, `${label}: refusal events`).toBe(1);
  }
  if (actor.email === null) expect(events.filter((e) => e.userId !== null), label).toEqual([]);
}

const title = (e: RouteEntry) => `${e.kind} ${e.kind === "action" ? e.action : (e.method ?? "GET")} ${e.path}`;

for (const entry of ROUTES) {
  test(`${title(entry)} answers each actor as the access table says`, async ({ baseURL }) => {
    test.setTimeout(60_000);
    const t = await freshTargets();
    // A rate-limited entry is called once: its limits are tested on their own.
    const actors = entry.rateLimited ? ACTORS.slice(0, 1) : ACTORS;
    for (const actor of actors) {
      const context = contexts.get(actor.name)!;
      const link = entry.audience.who === "rating-link" && actor.ratingLink ? await newLink(t) : null;
      // What the link's holder carries after opening it: the hand-over cookie on a tablet, the
      // signed cookie a typed code leaves.
      if (link) {
        await context.addCookies([
          { name: HANDOVER_COOKIE, value: link.token, url: baseURL! },
          { name: CODE_COOKIE, value: signValue(link.code), domain: new URL(baseURL!).hostname, path: "/r" },
        ]);
      }
      const label = `${actor.name} → ${title(entry)} (${pathFor(entry, t, link)})`;
      const before = entry.writes || entry.audience.who === "rating-link" ? await domainDigest() : null;
      const since = new Date(Date.now() - 1);
      const res = await callAs(context.request, entry, t, link, baseURL!);
      const body = await res.text();
      expect(res.status(), `${label}: ${body.slice(0, 200)}`).toBeLessThan(500);
      const outcome = expectedOutcome(entry.audience, actor);
      expectAnswer(entry, outcome, res, body, label);
      const events = await db.auditEvent.findMany({ where: { at: { gte: since } }, select: { action: true, entity: true, ip: true, userId: true } });
      const changed = before === null ? null : (await domainDigest()) !== before;
      expectAudit(entry, actor, outcome, events, changed, label);
      if (link) await context.clearCookies();
    }
  });
}
