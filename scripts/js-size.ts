import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { gzipSync } from "node:zlib";

// `npm run size:js`: the first-load JavaScript of the pages a patient sees and of the therapist's
// busiest pages, as a browser fetches it from the production build — every <script src> in the
// page's HTML, raw and gzip, and its inline scripts apart. (The hand-over lock screen needs a locked
// tablet session and is not measured yet.) Starts its own server (scripts/start.ts, which
// builds when the sources changed) on a throwaway demo database, and stops it at the end.
const PORT = Number(process.env.SIZE_PORT ?? 3290);
const BASE = `http://127.0.0.1:${PORT}`;
const DATA = "data/js-size";

/** Script files (src) and inline scripts (mostly the page's RSC payload) counted apart. */
type Row = { page: string; status: number; scripts: number; raw: number; gzip: number; inlineGzip: number };

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

async function measure(page: string, path: string, cookie?: string): Promise<Row> {
  const res = await fetch(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  const html = await res.text();
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const bodies = await Promise.all(sources.map((src) => fetch(new URL(src, BASE)).then((r) => r.arrayBuffer()).then((b) => Buffer.from(b))));
  const raw = bodies.reduce((n, b) => n + b.length, 0);
  // Each file is compressed on its own, as it travels.
  const gzip = bodies.reduce((n, b) => n + (b.length ? gzipSync(b, { level: 6 }).length : 0), 0);
  const inlineGzip = inline ? gzipSync(Buffer.from(inline), { level: 6 }).length : 0;
  return { page, status: res.status, scripts: sources.length, raw, gzip, inlineGzip };
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
    const { token } = (await linkRes.json()) as { token: string };
    const rows = [
      await measure("patient: code entry /r", "/r"),
      await measure("patient: rating form /r/<token>", `/r/${token}`),
      await measure("patient: thank-you /r/thanks", "/r/thanks"),
      await measure("therapist: caseload", "/caseload", therapist),
      await measure("therapist: episode timeline", `/episodes/${episodeId}`, therapist),
    ];
    console.log(`First-load JavaScript, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC (KB = 1,000 bytes)`);
    console.log("| page | status | script files | files raw KB | files gzip KB | inline gzip KB | total gzip KB |\n|---|---|---|---|---|---|---|");
    const kb = (n: number) => (n / 1000).toFixed(1);
    for (const r of rows) console.log(`| ${r.page} | ${r.status} | ${r.scripts} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.inlineGzip)} | ${kb(r.gzip + r.inlineGzip)} |`);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

await main();
