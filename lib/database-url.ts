// The one place that decides which database Bordin uses. Shared by prisma.config.ts (CLI), lib/db.ts
// (the app) and scripts, so the CLI and the server never disagree. No imports: the Prisma CLI loads it.
export const DEFAULT_DATABASE_URL = "file:./data/bordin.db";

const SUPPORTED = "supported: file: (SQLite, e.g. file:./data/bordin.db)";

/**
 * A DATABASE_URL this version cannot use. The message is one line, names the URL's scheme only
 * (a URL may carry a password) and says what would work.
 */
export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseUrlError";
  }
}

export type DatabaseTarget = { kind: "sqlite"; url: string; file: string };

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/**
 * What a DATABASE_URL points at. Only `file:` (SQLite) is accepted. Anything else throws before a
 * caller can treat it as a path: `mysql://x` used to become a folder named `mysql:` in the working
 * directory. PostgreSQL URLs are recognised, but this version has no PostgreSQL schema, migrations
 * or adapter, so they are refused in plain words rather than half-working.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === "file") {
    const file = url.slice("file:".length);
    if (!file.trim()) throw new DatabaseUrlError(`DATABASE_URL "file:" names no database file; ${SUPPORTED}.`);
    return { kind: "sqlite", url, file };
  }
  if (scheme === "postgres" || scheme === "postgresql") {
    throw new DatabaseUrlError(`DATABASE_URL: PostgreSQL (${scheme}://) is not yet supported by this version of Bordin; ${SUPPORTED}.`);
  }
  // A bare path (or a Windows drive letter, C:\…) is not a URL: say so instead of guessing.
  if (!scheme || scheme.length === 1) throw new DatabaseUrlError(`DATABASE_URL has no scheme (put file: before a SQLite path); ${SUPPORTED}.`);
  throw new DatabaseUrlError(`DATABASE_URL scheme "${scheme}:" is not supported; ${SUPPORTED}.`);
}

/** Path of the SQLite file for a `file:` URL, relative to the working directory. */
export function sqlitePath(url: string): string {
  return parseDatabaseUrl(url).file;
}
