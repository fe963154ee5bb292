import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "@/lib/prisma-client";
import { DatabaseUrlError, databaseUrl, parseDatabaseUrl } from "@/lib/database-url";
import { authSecret } from "@/lib/secrets";
import { seedDemo } from "@/prisma/seed";
import { setupCode } from "@/lib/setup-code";
import { DEMO_PASSWORD } from "@/prisma/demo-plan";

const MIGRATIONS = path.join("prisma", "migrations");

// Brings the database to the committed schema and, on an empty database, seeds the demo clinic
// (unless SEED_DEMO=false). Safe to run on every start.
export async function prepareDatabase(): Promise<void> {
  requireUsableDatabaseUrl(); // first: nothing may be created for a URL that cannot be used
  authSecret(); // generated and kept under data/ on first start when NEXTAUTH_SECRET is unset
  await migrateDatabase();
  const db = createPrismaClient();
  try {
    const empty = (await db.clinic.count()) === 0;
    if (empty && process.env.SEED_DEMO !== "false") {
      const logins = await seedDemo(db);
      console.log(`\nSeeded the demo clinic. Log in with password "${DEMO_PASSWORD}" as:\n  ${logins.join("\n  ")}\n`);
    } else if (empty) {
      // Only while no clinic exists: the code is what keeps a stranger from claiming the installation.
      console.log(`\nNo clinic yet. Open /setup (http://localhost:${process.env.PORT ?? 3000}/setup) and enter the setup code:\n  ${setupCode()}\n`);
    }
  } finally {
    await db.$disconnect();
  }
}

/** Brings the database to the committed schema (creating it if need be), seeding nothing (`npm run clinic:add`). */
export async function migrateDatabase(): Promise<void> {
  requireUsableDatabaseUrl();
  if ((await pendingMigrations()).length > 0) migrate();
  const db = createPrismaClient();
  try {
    // WAL lets readers go on while a rating is being written; it is a property of the file.
    await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  } finally {
    await db.$disconnect();
  }
}

/** Stops the process with one line on stderr when DATABASE_URL is not one this version can use. */
function requireUsableDatabaseUrl(): void {
  try {
    parseDatabaseUrl(databaseUrl());
  } catch (error) {
    if (!(error instanceof DatabaseUrlError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** Committed migrations the database has not finished applying (all of them for a new database). */
async function pendingMigrations(): Promise<string[]> {
  const committed = readdirSync(MIGRATIONS).filter((name) => existsSync(path.join(MIGRATIONS, name, "migration.sql")));
  const db = createPrismaClient();
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL");
    const applied = new Set(rows.map((r) => r.migration_name));
    return committed.filter((name) => !applied.has(name));
  } catch {
    return committed; // no migrations table yet
  } finally {
    await db.$disconnect();
  }
}

// Only when something is pending: Prisma's migrate needs the SQLite file to itself (WAL mode), so
// a second process (e.g. `npm run dev` beside a running server) must not call it needlessly.
function migrate(): void {
  const run = spawnSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl() }, encoding: "utf8" });
  if (run.status === 0) return;
  const output = `${run.stdout}\n${run.stderr}`;
  if (/SocketTimeout|SQLITE_BUSY|database is locked/.test(output)) {
    console.error("Database migration failed: the database file is in use by another process. Stop the running Bordin server, then start again.");
  } else {
    console.error(`Database migration failed:\n${output}`);
  }
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await prepareDatabase();
