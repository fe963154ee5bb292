import path from "node:path";
import { mkdirSync } from "node:fs";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, sqlitePath } from "@/lib/database-url";

// Secret columns are left out of every query unless a caller asks for them by name (only lib/auth.ts
// and the rating-link lookup do), so a hash can never leak through a generic `findMany`.
const omit = {
  user: { passwordHash: true },
  ratingLink: { tokenHash: true, codeHash: true },
  patientRating: { idempotencyKeyHash: true },
} as const;

export function createPrismaClient(url: string = databaseUrl()) {
  const file = sqlitePath(url);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // A busy timeout lets concurrent writers (e.g. a burst of rating submissions) wait for the lock
  // instead of failing with SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: 10_000 });
  return new PrismaClient({ adapter, omit });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
