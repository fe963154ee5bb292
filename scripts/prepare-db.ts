import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "@/lib/prisma-client";
import { databaseUrl } from "@/lib/database-url";
import { authSecret } from "@/lib/secrets";
import { seedDemo } from "@/prisma/seed";
import { DEMO_PASSWORD } from "@/prisma/demo-plan";

// Brings the database to the committed schema and, on an empty database, seeds the demo clinic
// (unless SEED_DEMO=false). Safe to run on every start.
export async function prepareDatabase(): Promise<void> {
  authSecret(); // generated and kept under data/ on first start when NEXTAUTH_SECRET is unset
  const migrate = spawnSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl() },
    encoding: "utf8",
  });
  if (migrate.status !== 0) {
    console.error(`Database migration failed:\n${migrate.stdout}\n${migrate.stderr}`);
    process.exit(1);
  }
  const db = createPrismaClient();
  try {
    // WAL lets readers go on while a rating is being written; it is a property of the file.
    await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    if (process.env.SEED_DEMO !== "false" && (await db.clinic.count()) === 0) {
      const logins = await seedDemo(db);
      console.log(`\nSeeded the demo clinic. Log in with password "${DEMO_PASSWORD}" as:\n  ${logins.join("\n  ")}\n`);
    }
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await prepareDatabase();
