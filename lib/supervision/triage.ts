import { explainFiring, sessionTotal, type Dimension, type Locale, type RuleFiring } from "@/lib/alliance";
import { MISSING_RUN, WIDE_GAP, isFalling, trailingUnrated } from "./attention";
import { MINIMUMS, type FigureRupture, type FigureSession, type Period } from "./figures";
import { mean } from "./stats";

// The supervisor's triage list (docs/instruments-and-figures.md): the patients in active treatment
// who need attention, most urgent first. Pure; the caller loads the supervisees' active episodes.

export const TRIAGE_REASONS = ["rupture", "falling", "missing-ratings", "wide-gap"] as const;
export type TriageReason = (typeof TRIAGE_REASONS)[number];

export type TriageRupture = FigureRupture & { rules: readonly RuleFiring[]; dimensions: readonly Dimension[] };
export type TriageEpisode = {
  id: string;
  patientId: string;
  code: string;
  therapistId: string;
  therapistName: string;
  /** Sessions up to the end of the period (at least the latest few and those in the period). */
  sessions: readonly FigureSession[];
  ruptures: readonly TriageRupture[];
};

export type TriageItem =
  | { reason: "rupture"; ruptureId: string; status: "open" | "unrepaired"; onset: number; onsetDate: Date | null; dimensions: Dimension[]; explanation: string[] }
  | { reason: "falling"; latest: number; before: number }
  | { reason: "missing-ratings"; run: number }
  | { reason: "wide-gap"; gap: number; pairs: number };

export type TriageEntry = { patientId: string; code: string; episodeId: string; therapistId: string; therapistName: string; items: TriageItem[] };
export type TriageFilter = { therapistId?: string; reason?: TriageReason };

const inPeriod = (d: Date | null, p: Period) => d !== null && d >= p.from && d < p.to;

function itemsOf(e: TriageEpisode, period: Period, locale: Locale): TriageItem[] {
  const items: TriageItem[] = [];
  // Open ruptures, whenever they began, and those that ended unrepaired in the period; oldest first.
  const ruptures = e.ruptures
    .filter((r) => (r.status === "open" && (r.onsetDate === null || r.onsetDate < period.to)) || (r.status === "unrepaired" && inPeriod(r.onsetDate, period)))
    .sort((a, b) => a.onset - b.onset);
  for (const r of ruptures) {
    items.push({ reason: "rupture", ruptureId: r.id, status: r.status as "open" | "unrepaired", onset: r.onset, onsetDate: r.onsetDate, dimensions: [...r.dimensions], explanation: r.rules.map((f) => explainFiring(f, locale)) });
  }
  const upTo = e.sessions.filter((s) => s.date < period.to).sort((a, b) => a.number - b.number);
  const totals = upTo.flatMap((s) => {
    const t = s.patient ? sessionTotal(s.patient) : null;
    return t === null ? [] : [t];
  });
  if (isFalling(totals)) items.push({ reason: "falling", latest: totals[totals.length - 1], before: mean(totals.slice(-4, -1))! });
  const run = trailingUnrated(upTo.map((s) => s.patient !== null));
  if (run >= MISSING_RUN) items.push({ reason: "missing-ratings", run });
  const gaps = upTo.filter((s) => inPeriod(s.date, period)).flatMap((s) => {
    const p = s.patient ? sessionTotal(s.patient) : null;
    const t = s.therapist ? sessionTotal(s.therapist) : null;
    return p === null || t === null ? [] : [t - p];
  });
  const gap = gaps.length >= MINIMUMS.gapPairs ? mean(gaps)! : null;
  if (gap !== null && Math.abs(gap) >= WIDE_GAP) items.push({ reason: "wide-gap", gap, pairs: gaps.length });
  return items;
}

/** How urgent an entry is within its first reason: smaller sorts first. */
function urgency(item: TriageItem): number {
  switch (item.reason) {
    case "rupture": return item.onsetDate?.getTime() ?? Number.MAX_SAFE_INTEGER;
    case "falling": return item.latest - item.before;
    case "missing-ratings": return -item.run;
    case "wide-gap": return -Math.abs(item.gap);
  }
}

/**
 * The entries, one per patient with every reason that applies, ordered by the most urgent reason:
 * open and unrepaired ruptures (oldest onset first), then falling alliances (steepest first), then
 * missing ratings (longest run first), then wide therapist–patient gaps (widest first).
 */
export function triage(episodes: readonly TriageEpisode[], period: Period, locale: Locale, filter: TriageFilter = {}): TriageEntry[] {
  const entries = episodes
    .filter((e) => !filter.therapistId || e.therapistId === filter.therapistId)
    .map((e) => ({ patientId: e.patientId, code: e.code, episodeId: e.id, therapistId: e.therapistId, therapistName: e.therapistName, items: itemsOf(e, period, locale) }))
    .filter((e) => e.items.length > 0 && (!filter.reason || e.items.some((i) => i.reason === filter.reason)));
  const group = (e: TriageEntry) => TRIAGE_REASONS.indexOf(e.items[0].reason);
  return entries.sort((a, b) => group(a) - group(b) || urgency(a.items[0]) - urgency(b.items[0]) || a.code.localeCompare(b.code));
}
