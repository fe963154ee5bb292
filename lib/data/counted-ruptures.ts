import { Prisma } from "@/lib/generated/prisma/client";

// Which ruptures count (docs/decisions/0003: every figure counts alike): the engine still finds
// them (current) and the clinician has not dismissed them — "live" ruptures. Of those, the caseload
// and the open/unrepaired counts take the ones not repaired; the supervisor figures take all three
// statuses (repair rate, median sessions to repair). Written once, as a Prisma filter for queries,
// as SQL for the supervisor's raw queries, and as a predicate for lists in memory; the caseload,
// supervision and any later report count with these and nothing else.
export const COUNTED_STATUSES = ["open", "unrepaired"] as const;
export type CountedStatus = (typeof COUNTED_STATUSES)[number];

export const liveRuptureWhere = { current: true, review: { not: "dismissed" } } as const satisfies Prisma.RuptureWhereInput;

export const countedRuptureWhere = {
  ...liveRuptureWhere,
  status: { in: [...COUNTED_STATUSES] },
} as const satisfies Prisma.RuptureWhereInput;

/** `liveRuptureWhere` for a raw query whose Rupture table is aliased `r`. */
export const liveRuptureSql = Prisma.sql`r."current" = 1 AND r."review" <> 'dismissed'`;

/** `countedRuptureWhere` for a raw query whose Rupture table is aliased `r`. */
export const countedRuptureSql = Prisma.sql`${liveRuptureSql} AND r."status" IN (${Prisma.join([...COUNTED_STATUSES])})`;

/** The same rule for a rupture already in memory. */
export function isCountedRupture(r: { current: boolean; review: string; status: string }): r is typeof r & { status: CountedStatus } {
  return r.current && r.review !== "dismissed" && (COUNTED_STATUSES as readonly string[]).includes(r.status);
}
