import "server-only";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// The one Prisma client of the app. Kept on globalThis so `next dev` hot reloads do not open a new
// database connection each time.
const globalForDb = globalThis as unknown as { bordinDb?: Db };

export const db: Db = globalForDb.bordinDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.bordinDb = db;
