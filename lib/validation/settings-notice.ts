import { z } from "zod";
import type { RuptureChanges } from "@/lib/data/rupture-changes";

// What the settings page says after a save travels in its query string: counts only, nothing of
// any patient, so a reload shows the same notice and a tampered URL can only show other numbers.
type Saved = { changed: string[]; ruptures: RuptureChanges };

export function savedQuery(result: Saved): string {
  const recomputed = result.changed.some((k) => k === "instrument" || k.startsWith("engineParams."));
  if (!recomputed) return "saved=1";
  const { added, removed, statusChanged, detailsChanged } = result.ruptures;
  return new URLSearchParams({ saved: "1", added: String(added), removed: String(removed), statusChanged: String(statusChanged), detailsChanged: String(detailsChanged) }).toString();
}

const count = z.coerce.number().int().min(0).max(10_000_000);
const notice = z.object({ saved: z.literal("1"), added: count, removed: count, statusChanged: count, detailsChanged: count });

/** The notice to show: null without a save, the rupture counts when the save recomputed them. */
export function savedNotice(query: Record<string, string | string[] | undefined>): { ruptures: RuptureChanges | null } | null {
  if (query.saved !== "1") return null;
  const parsed = notice.safeParse(query);
  if (!parsed.success) return { ruptures: null };
  const { added, removed, statusChanged, detailsChanged } = parsed.data;
  return { ruptures: { added, removed, statusChanged, detailsChanged, total: added + removed + statusChanged + detailsChanged } };
}
