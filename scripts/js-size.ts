import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

// `npm run size:js`: the first-load JavaScript of the pages a patient sees and of the therapist's
// busiest pages, as a browser fetches it from the production build — every <script src> in the
// page's HTML and every script it preloads, raw and gzip, and its inline scripts apart; and the HTML
// itself, which on the patient's pages carries the stylesheet. Starts its own server (scripts/start.ts,
// which builds when the sources changed; NEXT_DIST_DIR is honoured) on a throwaway demo database,
// and stops it at the end.
const PORT = Number(process.env.SIZE_PORT ?? 3290);
const DIST = process.env.NEXT_DIST_DIR || ".next";
const BASE = `http://127.0.0.1:${PORT}`;
const DATA = `data/js-size-${PORT}`;
const GOAL_BYTES = 120_000;

/**
 * Script files (src) and inline scripts (mostly the page's RSC payload) counted apart. Files marked
 * `nomodule` (Next's polyfills) are counted apart too: a browser that runs ES modules — every one
 * released since 2018 — neither fetches nor runs them; only an older one does, on top of the rest.
 */
type Files = { count: number; raw: number; gzip: number };
type Row = { page: string; status: number; modern: Files; noModule: Files; inlineGzip: number; htmlGzip: number };

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the server did not become healthy in time");
}

/** Signs in through next-auth's credentials endpoint; returns the Cookie header to send. */
async function signIn(email: string): Promise<string> {
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = [csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ")];
  const body = new URLSearchParams({ csrfToken, email, password: "bordin-demo", json: "true" });
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, { method: "POST", body, headers: { Cookie: jar[0] }, redirect: "manual" });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("bordin.session-token="));
  if (!session) throw new Error(`could not sign in as ${email}`);
  return session.split(";")[0];
}

/** A cookie an answer sets; the last one wins, as in a browser (the proxy may set the login first). */
function cookieFrom(res: Response, name: string): string {
  const set = res.headers.getSetCookie().findLast((c) => c.startsWith(`${name}=`));
  if (!set) throw new Error(`no ${name} cookie in the answer (${res.status})`);
  return set.split(";")[0];
}

/**
 * "Hand to patient" as the browser sends it (the server action's id from the build's manifest, its
 * form as multipart), for the cookies of a handed-over tablet: the form's token and a locked login.
 */
async function handOver(therapist: string, sessionId: string): Promise<{ handover: string; locked: string }> {
  const manifest = JSON.parse(readFileSync(join(DIST, "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  const id = Object.entries(manifest.node).find(([, v]) => v.filename.endsWith("sessions/[id]/handover/actions.ts") && v.exportedName === "handOverAction")?.[0];
  if (!id) throw new Error("no handOverAction in this build");
  const form = new FormData();
  form.append("_1_id", sessionId);
  form.append("0", JSON.stringify(["$K1"]));
  const res = await fetch(`${BASE}/sessions/${sessionId}/handover`, { method: "POST", body: form, redirect: "manual", headers: { Cookie: therapist, Origin: BASE, "Next-Action": id, Accept: "text/x-component" } });
  return { handover: cookieFrom(res, "bordin-handover"), locked: cookieFrom(res, "bordin.session-token") };
}

async function files(sources: string[]): Promise<Files> {
  const bodies = await Promise.all(sources.map((src) => fetch(new URL(src, BASE)).then((r) => r.arrayBuffer()).then((b) => Buffer.from(b))));
  // Each file is compressed on its own, as it travels.
  return { count: sources.length, raw: bodies.reduce((n, b) => n + b.length, 0), gzip: bodies.reduce((n, b) => n + (b.length ? gzipSync(b, { level: 6 }).length : 0), 0) };
}

async function measure(page: string, path: string, cookie?: string): Promise<Row> {
  const res = await fetch(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  const html = await res.text();
  const tags = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].map((m) => ({ src: m[2], noModule: /\bnomodule\b/i.test(m[1] + m[3]) }));
  // A preloaded script is fetched whether or not a <script> runs it; each file counts once.
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((l) => /\brel="(modulepreload|preload)"/.test(l) && (/\bas="script"/.test(l) || /modulepreload/.test(l)));
  const modern = new Set([...tags.filter((t) => !t.noModule).map((t) => t.src), ...preloads.map((l) => /\bhref="([^"]+)"/.exec(l)?.[1] ?? "").filter(Boolean)]);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const gzip = (text: string) => (text ? gzipSync(Buffer.from(text), { level: 6 }).length : 0);
  return {
    page,
    status: res.status,
    modern: await files([...modern]),
    noModule: await files(tags.filter((t) => t.noModule).map((t) => t.src)),
    inlineGzip: gzip(inline),
    htmlGzip: gzip(html),
  };
}

async function main() {
  rmSync(DATA, { recursive: true, force: true });
  const env = { ...process.env, PORT: String(PORT), DATABASE_URL: `file:./${DATA}/bordin.db`, SEED_DEMO: "true", NEXTAUTH_SECRET: randomBytes(24).toString("base64url") };
  const server = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], { env, stdio: "ignore", detached: true });
  try {
    await waitForHealth(Date.now() + 10 * 60_000);
    const therapist = await signIn("therapist@demo.bordin");
    const list = (await (await fetch(`${BASE}/api/v1/patients`, { headers: { Cookie: therapist } })).json()) as { patients: { episodes?: { id: string; status: string }[] }[] };
    const episodeId = list.patients.flatMap((p) => p.episodes ?? []).find((e) => e.status === "active")!.id;
    const sessionRes = await fetch(`${BASE}/api/v1/episodes/${episodeId}/sessions`, { method: "POST", body: "{}", headers: { Cookie: therapist, Origin: BASE, "Content-Type": "application/json" } });
    const { id: sessionId } = (await sessionRes.json()) as { id: string };
    const linkRes = await fetch(`${BASE}/api/v1/sessions/${sessionId}/rating-link`, { method: "POST", body: "{}", headers: { Cookie: therapist, Origin: BASE, "Content-Type": "application/json" } });
    const { token, code } = (await linkRes.json()) as { token: string; code: string };
    // The short code typed at /r (a plain form post) sets the signed cookie the form behind it reads.
    const codeRes = await fetch(`${BASE}/r/code`, { method: "POST", body: new URLSearchParams({ code }), redirect: "manual", headers: { Origin: BASE } });
    const codeCookie = cookieFrom(codeRes, "bordin-rating-code");
    // A second session handed over on a tablet: its form and, with the login locked, the lock screen.
    const tabletRes = await fetch(`${BASE}/api/v1/episodes/${episodeId}/sessions`, { method: "POST", body: "{}", headers: { Cookie: therapist, Origin: BASE, "Content-Type": "application/json" } });
    const tablet = await handOver(therapist, ((await tabletRes.json()) as { id: string }).id);
    const rows = [
      await measure("patient: code entry /r", "/r"),
      await measure("patient: rating form /r/<token>", `/r/${token}`),
      await measure("patient: form behind a code /r/form", "/r/form", codeCookie),
      await measure("patient: thank-you /r/thanks", "/r/thanks"),
      await measure("patient: tablet form /handover", "/handover", tablet.handover),
      await measure("tablet: lock screen /locked", "/locked", tablet.locked),
      await measure("therapist: caseload", "/caseload", therapist),
      await measure("therapist: episode timeline", `/episodes/${episodeId}`, therapist),
    ];
    console.log(`First-load JavaScript, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC (KB = 1,000 bytes; gzip level 6, each file on its own)`);
    console.log("A current browser loads the script files and the inline scripts; one without ES modules (before 2018) also the nomodule polyfills.\n");
    console.log("| page | status | script files | files raw KB | files gzip KB | inline gzip KB | total gzip KB | + nomodule gzip KB (old browsers) | HTML gzip KB |\n|---|---|---|---|---|---|---|---|---|");
    const kb = (n: number) => (n / 1000).toFixed(1);
    for (const r of rows) {
      console.log(`| ${r.page} | ${r.status} | ${r.modern.count} | ${kb(r.modern.raw)} | ${kb(r.modern.gzip)} | ${kb(r.inlineGzip)} | ${kb(r.modern.gzip + r.inlineGzip)} | ${kb(r.noModule.gzip)} | ${kb(r.htmlGzip)} |`);
    }
    // The goal (issue 13): every page a patient sees, the tablet's lock screen included, ≤ 120 KB gzip.
    const over = rows.filter((r) => /^(patient|tablet):/.test(r.page) && (r.status !== 200 || r.modern.gzip + r.inlineGzip > GOAL_BYTES));
    console.log(over.length ? `\nGoal missed: ${over.map((r) => r.page).join(", ")} (status other than 200, or over ${kb(GOAL_BYTES)} KB).` : `\nGoal met: every patient page ≤ ${kb(GOAL_BYTES)} KB gzip.`);
    if (over.length) process.exitCode = 1;
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

await main();
