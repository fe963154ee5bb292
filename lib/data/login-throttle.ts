import type { Db } from "@/lib/prisma-client";

// The login throttle behind lib/auth.ts signInWithPassword, in the RateLimit table so it holds
// across app servers. An attempt from a browser with a valid device cookie for the account counts
// against that device only; any other attempt against the account (by email, whether or not it
// exists) and the client's address. In a bucket, the `after`-th failure in its window and each one
// after it make the bucket wait 1 s, 2 s, 4 s … 15 min at most.
export type Policy = {
  after: number;
  windowSeconds: number;
  /** "clear": a success ends the run of failures. "uncount": a success takes back its own count. */
  onSuccess: "clear" | "uncount";
};

export const LOGIN_POLICIES = {
  // Failures in a row; a run is forgotten a day after it began.
  account: { after: 5, windowSeconds: 24 * 3600, onSuccess: "clear" },
  device: { after: 5, windowSeconds: 24 * 3600, onSuccess: "clear" },
  // Failures only, so a clinic's many logins through one NAT never wait; one host trying many
  // accounts does. A success does not clear it (it would be one login away for an attacker).
  address: { after: 50, windowSeconds: 15 * 60, onSuccess: "uncount" },
} as const satisfies Record<string, Policy>;

const MAX_WAIT_SECONDS = 15 * 60;

export type Bucket = { key: string; policy: Policy };

export function loginBuckets(email: string, ip: string, deviceId: string | null): Bucket[] {
  if (deviceId) return [{ key: `login-device:${deviceId}`, policy: LOGIN_POLICIES.device }];
  return [
    { key: `login-account:${email}`, policy: LOGIN_POLICIES.account },
    { key: `login-address:${ip}`, policy: LOGIN_POLICIES.address },
  ];
}

/** How long a bucket waits after its `count`-th attempt in the window. */
export function waitSeconds(count: number, policy: Policy): number {
  return count < policy.after ? 0 : Math.min(MAX_WAIT_SECONDS, 2 ** (count - policy.after));
}

/**
 * Counts an attempt before its password is checked, so parallel attempts cannot all slip past the
 * check before the first failure is written. Returns when to try again if a bucket is waiting: such
 * an attempt is refused unchecked and counted in the waiting buckets only, so hammering a closed
 * door lengthens that door's wait and no other (a clinic's address does not pay for a locked account).
 */
export async function beginLoginAttempt(db: Db, buckets: Bucket[], now: Date): Promise<{ retryAt: Date } | null> {
  return db.$transaction(async (tx) => {
    const rows = await Promise.all(buckets.map(({ key }) => tx.rateLimit.findUnique({ where: { key } })));
    const waiting = buckets.filter((_, i) => (rows[i]?.blockedUntil ?? now) > now);
    let retryAt = now;
    for (const bucket of waiting.length ? waiting : buckets) {
      const row = rows[buckets.indexOf(bucket)];
      const fresh = !row || now.getTime() - row.windowStart.getTime() >= bucket.policy.windowSeconds * 1000;
      const count = fresh ? 1 : row.count + 1;
      const wait = waitSeconds(count, bucket.policy);
      const blockedUntil = latest(row?.blockedUntil ?? null, wait ? new Date(now.getTime() + wait * 1000) : null);
      const data = { windowStart: fresh ? now : row.windowStart, count, blockedUntil };
      await tx.rateLimit.upsert({ where: { key: bucket.key }, create: { key: bucket.key, ...data }, update: data });
      if (blockedUntil && blockedUntil > retryAt) retryAt = blockedUntil;
    }
    return waiting.length ? { retryAt } : null;
  });
}

/** After a right password: the account's or device's run ends; the address takes back the count. */
export async function loginSucceeded(db: Db, buckets: Bucket[]): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const { key, policy } of buckets) {
      if (policy.onSuccess === "clear") {
        await tx.rateLimit.deleteMany({ where: { key } });
        continue;
      }
      const row = await tx.rateLimit.findUnique({ where: { key } });
      if (!row) continue;
      const count = Math.max(0, row.count - 1);
      // A waiting bucket refuses before the check, so any wait here began with this attempt (or a
      // failure alongside it): it stands only if the failures alone reach the limit.
      await tx.rateLimit.update({ where: { key }, data: { count, blockedUntil: count < policy.after ? null : row.blockedUntil } });
    }
  });
}

function latest(a: Date | null, b: Date | null): Date | null {
  return !a ? b : !b ? a : a > b ? a : b;
}
