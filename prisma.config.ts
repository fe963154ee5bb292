import path from "node:path";
import { mkdirSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, parseDatabaseUrl } from "./lib/database-url";

// The CLI does not read .env and, without a usable URL, falls back to downloading an engine (which
// fails offline): so the URL always has a default, and the schema engine runs in JS via the adapter.
// An unusable URL (another scheme, or PostgreSQL before this version supports it) stops here with
// one line, before the CLI tries a download or the adapter creates anything.
const url = databaseUrl();
const { file } = parseDatabaseUrl(url);
process.env.DATABASE_URL = url;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
