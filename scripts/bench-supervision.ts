/**
 * npm run bench:supervision [-- --runs 40]
 *
 * Times the supervisor home's server-side work — `getSupervisionSummary` (the queries, the figures
 * and the audit event) and, for comparison, the triage list's `getTriage` — on two clinics, each in
 * a temporary SQLite database migrated like the app's: the demo clinic (prisma/seed.ts) and a
 * generated one of 30 supervisees, 1,500 patients and 30,000 sessions (lib/alliance/synthetic.ts
 * scores, ruptures from the engine). Prints p50 and p95 of the wall time per period (and the CPU
 * time, which the machine's load moves less). Goal: p95 < 300 ms.
 *
 * lib/db.ts opens DATABASE_URL on import, so each clinic runs in a child process of its own.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { CurrentUser } from "@/lib/roles";

const GOAL_MS = 300;
const arg = (name: string) => process.argv[process.argv.indexOf(`--${name}`) + 1];
const runs = Number(process.argv.includes("--runs") ? arg("runs") : 40);

function migratedDatabase(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "bordin-bench-"));
  const file = path.join(dir, "bench.db");
  const sqlite = new Database(file);
  const migrations = path.join(import.meta.dirname, "..", "prisma", "migrations");
  for (const name of readdirSync(migrations).filter((n) => !n.endsWith(".toml")).sort()) sqlite.exec(readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  return { dir, file };
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function timeIt(label: string, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up: statement caches, JIT
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
  // CPU time of this process: what the work costs when other jobs share the cores (see the load).
  console.log(`  ${label.padEnd(26)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   (cpu p50 ${percentile(cpu, 50).toFixed(1)} ms)`);
  return p95;
}

async function child(clinic: "demo" | "large") {
  const { createPrismaClient } = await import("@/lib/prisma-client");
  const setupDb = createPrismaClient();
  const t0 = performance.now();
  const supervisor = clinic === "demo" ? await seedDemoClinic(setupDb) : await (await import("./bench-supervision-clinic")).generateClinic(setupDb);
  const counts = await Promise.all([setupDb.supervision.count({ where: { supervisorId: supervisor.id } }), setupDb.patient.count(), setupDb.session.count(), setupDb.patientRating.count(), setupDb.rupture.count()]);
  await setupDb.$disconnect();
  console.log(`${clinic} clinic: ${counts[0]} supervisees, ${counts[1]} patients, ${counts[2]} sessions, ${counts[3]} ratings, ${counts[4]} ruptures (built in ${((performance.now() - t0) / 1000).toFixed(1)} s); ${runs} runs each`);

  const { getSupervisionSummary, getTriage } = await import("@/lib/data/supervision");
  const { periodDays, periodOf } = await import("@/lib/supervision/period");
  const today = new Date().toISOString().slice(0, 10);
  let worst = 0;
  for (const p of ["4w", "3m", "12m"] as const) {
    const period = periodOf(periodDays({ period: p }, today));
    worst = Math.max(worst, await timeIt(`supervisor home, ${p}`, () => getSupervisionSummary(supervisor, period)));
  }
  const period = periodOf(periodDays({ period: "3m" }, today));
  await timeIt("triage list, 3m", () => getTriage(supervisor, period, "en"));
  console.log(`  goal p95 < ${GOAL_MS} ms for the supervisor home: ${worst < GOAL_MS ? "met" : "MISSED"}`);
}

async function seedDemoClinic(db: Awaited<ReturnType<typeof import("@/lib/prisma-client")["createPrismaClient"]>>): Promise<CurrentUser> {
  const { seedDemo } = await import("@/prisma/seed");
  await seedDemo(db);
  const u = await db.user.findUniqueOrThrow({ where: { email: "supervisor@demo.bordin" } });
  return { id: u.id, clinicId: u.clinicId, email: u.email, name: u.name, locale: null, roles: ["SUPERVISOR"], ip: "bench" };
}

if (process.argv.includes("--clinic")) {
  await child(arg("clinic") as "demo" | "large");
} else {
  console.log(`Machine: ${(await import("node:os")).cpus().length} cores, load ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}, Node ${process.version}`);
  for (const clinic of ["demo", "large"]) {
    const { dir, file } = migratedDatabase();
    const res = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--clinic", clinic, "--runs", String(runs)], { stdio: "inherit", env: { ...process.env, DATABASE_URL: `file:${file}` } });
    rmSync(dir, { recursive: true, force: true });
    if (res.status !== 0) process.exit(res.status ?? 1);
  }
}
