import type { Prisma } from "@/lib/generated/prisma/client";

// Which ruptures count (docs/decisions/0003: every figure counts alike): the engine still finds
// them (current), the clinician has not dismissed them, and they are not repaired — open or
// unrepaired. Written once, as a Prisma filter for queries and as a predicate for lists in memory;
// the caseload, supervision and any later report count with these and nothing else.
export const COUNTED_STATUSES = ["open", "unrepaired"] as const;
export type CountedStatus = (typeof COUNTED_STATUSES)[number];

export const countedRuptureWhere = {
  current: true,
  review: { not: "dismissed" },
  status: { in: [...COUNTED_STATUSES] },
} as const satisfies Prisma.RuptureWhereInput;

/** The same rule for a rupture already in memory. */
export function isCountedRupture(r: { current: boolean; review: string; status: string }): r is typeof r & { status: CountedStatus } {
  return r.current && r.review !== "dismissed" && (COUNTED_STATUSES as readonly string[]).includes(r.status);
}
