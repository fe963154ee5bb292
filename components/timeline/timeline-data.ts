import { explainFiring, usualBand, type EngineParams, type Locale, type UsualBand } from "@/lib/alliance";
import type { AllianceView } from "@/lib/data/alliance-view";

// What the chart draws, prepared on the server (explanations in the user's language) so the
// client component gets plain numbers and strings.
export type ChartPoint = {
  number: number;
  date: string;
  total: number | null;
  bond: number | null;
  goals: number | null;
  tasks: number | null;
  therapist: number | null;
  explanations: string[];
};
export type ChartBand = { id: string; from: number; to: number; status: "open" | "repaired" | "unrepaired" | "dismissed"; repairedAt: number | null };

const round = (x: number | null | undefined) => (x == null ? null : Math.round(x * 10) / 10);

/** Reference lines of the chart: the `low-score` cutoff and the patient's usual band (null: too few sessions). */
export type ChartGuides = { cutoff: number; band: UsualBand | null; k: number; sdFloor: number };

export function chartData(view: AllianceView, locale: Locale, params: EngineParams): { points: ChartPoint[]; bands: ChartBand[]; guides: ChartGuides } {
  const firings = view.ruptures.filter((r) => r.review !== "dismissed").flatMap((r) => r.engine.firings);
  const points = view.sessions.map((s) => ({
    number: s.number,
    date: s.date,
    total: round(s.patient?.total),
    bond: round(s.patient?.bond),
    goals: round(s.patient?.goals),
    tasks: round(s.patient?.tasks),
    therapist: round(s.therapist?.total),
    explanations: firings.filter((f) => f.session === s.number).map((f) => explainFiring(f, locale)),
  }));
  const last = view.sessions.at(-1)?.number ?? 0;
  const bands = view.ruptures.map((r) => ({
    id: r.id,
    from: r.onset,
    to: r.engine.closedAt ?? Math.max(last, r.engine.lastFlagged),
    status: r.review === "dismissed" ? ("dismissed" as const) : r.status,
    repairedAt: r.review === "dismissed" ? null : r.engine.repairedAt,
  }));
  const spans = view.ruptures.map((r) => ({ onset: r.onset, closedAt: r.engine.closedAt }));
  const band = usualBand(view.sessions.map((s) => ({ number: s.number, total: s.patient?.total ?? null })), spans, params);
  return { points, bands, guides: { cutoff: params.cutoff, band, k: params.k, sdFloor: params.sdFloor } };
}
