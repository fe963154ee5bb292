import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

// Each test file gets its own real SQLite database, migrated with the committed migrations, before
// any module reads DATABASE_URL (lib/db.ts creates its client on import).
const dir = mkdtempSync(path.join(tmpdir(), "bordin-test-"));
const file = path.join(dir, "test.db");
const sqlite = new Database(file);
const migrations = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");
for (const name of readdirSync(migrations).filter((n) => !n.endsWith(".toml")).sort()) {
  sqlite.exec(readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
}
sqlite.pragma("journal_mode = WAL");
sqlite.close();
process.env.DATABASE_URL = `file:${file}`;
process.env.NEXTAUTH_SECRET ??= "test-secret-for-vitest-only";
