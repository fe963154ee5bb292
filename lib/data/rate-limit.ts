import type { Db } from "@/lib/prisma-client";

// Fixed-window counters kept in the database, so a limit holds across app servers. Returns whether
// this attempt is allowed; every attempt counts, allowed or not.
export async function consumeRateLimit(db: Db, key: string, limit: number, windowSeconds: number, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    const expired = !row || now.getTime() - row.windowStart.getTime() >= windowSeconds * 1000;
    const next = expired ? { windowStart: now, count: 1 } : { windowStart: row.windowStart, count: row.count + 1 };
    await tx.rateLimit.upsert({ where: { key }, create: { key, ...next }, update: next });
    return next.count <= limit;
  });
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
