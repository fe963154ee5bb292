import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { connect } from "node:net";
import { E2E_SECRET, PORT } from "../../../playwright.config";

// A second Bordin server for the tests of a new installation: an empty database with
// SEED_DEMO=false, on its own port and data folder, serving the production build the e2e run has
// already made (same NEXT_DIST_DIR). The normal e2e server runs on the seeded demo database.
//
//   const server = await startFirstRunServer();   // in beforeAll
//   test.use({ baseURL: firstRunBaseURL() });     // at the top of the spec, for page and request
//   await server.stop();                          // in afterAll
export type FirstRunServer = { baseURL: string; databaseUrl: string; stop(): Promise<void> };

/** Its port: E2E_FIRST_RUN_PORT, else E2E_PORT + 500 (far from the neighbouring runs' E2E_PORTs). */
export function firstRunPort(): number {
  return Number(process.env.E2E_FIRST_RUN_PORT ?? PORT + 500);
}

export function firstRunBaseURL(port = firstRunPort()): string {
  return `http://127.0.0.1:${port}`;
}

/** Its database, for `createPrismaClient(url)` or `clinicAdd(url, …)`. */
export function firstRunDatabaseUrl(port = firstRunPort()): string {
  return `file:./data/e2e-${port}-first-run/bordin.db`;
}

function serverEnv(port: number): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next", PORT: String(port), DATABASE_URL: firstRunDatabaseUrl(port), SEED_DEMO: "false", NEXTAUTH_SECRET: E2E_SECRET };
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function waitForHealth(baseURL: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The first-run server exited (${child.exitCode}):\n${output()}`);
    const ok = await fetch(`${baseURL}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The first-run server did not answer within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Starts the server on a new, empty database (prepare-db, then scripts/serve.ts) and waits until it answers. */
export async function startFirstRunServer({ port = firstRunPort(), timeoutMs = 90_000 } = {}): Promise<FirstRunServer> {
  // A server already on the port would answer the health check and the tests would run against it.
  if (await portInUse(port)) throw new Error(`Port ${port} is in use: set E2E_FIRST_RUN_PORT to a free port.`);
  const env = serverEnv(port);
  rmSync(`data/e2e-${port}-first-run`, { recursive: true, force: true });
  const prepared = spawnSync("node_modules/.bin/tsx", ["scripts/prepare-db.ts"], { env, encoding: "utf8" });
  if (prepared.status !== 0) throw new Error(`prepare-db failed:\n${prepared.stdout}\n${prepared.stderr}`);
  const child = spawn("node_modules/.bin/tsx", ["scripts/serve.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const baseURL = firstRunBaseURL(port);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(baseURL, child, () => log, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, databaseUrl: env.DATABASE_URL!, stop };
}

/**
 * `npm run clinic:add` against a database (e.g. the first-run server's): the new clinic's
 * administrator's one-time password, which the script prints alone on its last line.
 */
export function clinicAdd(databaseUrl: string, args: { name: string; admin: string; adminName: string; locale?: "nb" | "en" }): string {
  const argv = ["--name", args.name, "--admin", args.admin, "--admin-name", args.adminName, ...(args.locale ? ["--locale", args.locale] : [])];
  const run = spawnSync("node_modules/.bin/tsx", ["scripts/clinic-add.ts", ...argv], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`clinic:add failed (${run.status}): ${run.stderr}`);
  return run.stdout.trimEnd().split("\n").at(-1)!;
}
