// The one place that decides which database Bordin uses. Shared by prisma.config.ts (CLI), lib/db.ts
// (the app) and scripts, so the CLI and the server never disagree. No imports: the Prisma CLI loads it.
export const DEFAULT_DATABASE_URL = "file:./data/bordin.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** Path of the SQLite file for a `file:` URL, relative to the working directory. */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}
