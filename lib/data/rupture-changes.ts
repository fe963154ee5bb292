// What a recomputation did to a clinic's ruptures, for the settings page's "N ruptures changed".
// Rows are keyed by (treatment episode, onset), as in lib/data/rupture-sync.ts; a row the engine no
// longer finds is kept with `current: false`, so a flag can disappear and come back.
export type RuptureState = { episodeId: string; onset: number; status: string; current: boolean; engine: string };

export type RuptureChanges = {
  /** Flagged now, not before (a new row, or one the engine finds again). */
  added: number;
  /** Flagged before, no longer found by the engine. */
  removed: number;
  /** Still flagged, with another status (open, repaired, unrepaired). */
  statusChanged: number;
  /** Still flagged with the same status, but other findings changed (repair session, rules, severity…). */
  detailsChanged: number;
  total: number;
};

export const NO_CHANGES: RuptureChanges = Object.freeze({ added: 0, removed: 0, statusChanged: 0, detailsChanged: 0, total: 0 });

const key = (r: RuptureState) => `${r.episodeId}\u0000${r.onset}`;

export function countRuptureChanges(before: readonly RuptureState[], after: readonly RuptureState[]): RuptureChanges {
  const was = new Map(before.filter((r) => r.current).map((r) => [key(r), r]));
  const now = new Map(after.filter((r) => r.current).map((r) => [key(r), r]));
  const counts = { added: 0, removed: 0, statusChanged: 0, detailsChanged: 0 };
  for (const [k, r] of now) {
    const old = was.get(k);
    if (!old) counts.added++;
    else if (old.status !== r.status) counts.statusChanged++;
    else if (old.engine !== r.engine) counts.detailsChanged++;
  }
  for (const k of was.keys()) if (!now.has(k)) counts.removed++;
  return { ...counts, total: counts.added + counts.removed + counts.statusChanged + counts.detailsChanged };
}

/** Two tallies added up (a recomputation done in batches). */
export function addChanges(a: RuptureChanges, b: RuptureChanges): RuptureChanges {
  return { added: a.added + b.added, removed: a.removed + b.removed, statusChanged: a.statusChanged + b.statusChanged, detailsChanged: a.detailsChanged + b.detailsChanged, total: a.total + b.total };
}
