import { sessionTotal, type Difficulty, type Dimension, type Marker, type RepairStrategyId, type RuptureEpisode, type TalkedAbout } from "@/lib/alliance";
import type { EPISODE_STATUSES, RUPTURE_REVIEWS } from "@/lib/data/columns";
import type { EpisodeWithData } from "@/lib/data/episodes";
import { isoFromDate } from "@/lib/validation/form-input";
import { parseJsonList } from "@/lib/json-list";

// The episode as the timeline and the API show it: per session the patient's and the therapist's
// scores (0–100) with totals, and the stored ruptures (the engine's episode plus the clinician's
// review). Pure: the caller has already checked access and audited the read.
export type Scores = { bond: number | null; goals: number | null; tasks: number | null; total: number | null };
export type SessionView = {
  id: string;
  number: number;
  date: string;
  patient: (Scores & { difficulty: Difficulty; talkedAbout: TalkedAbout | null }) | null;
  therapist: Scores | null;
  marker: Marker;
  markerDimension: Dimension | null;
  repairStrategies: RepairStrategyId[];
  note: string | null;
};
export type RuptureView = {
  id: string;
  onset: number;
  status: RuptureEpisode["status"];
  review: (typeof RUPTURE_REVIEWS)[number];
  reviewNote: string | null;
  reviewedAt: string | null;
  engine: RuptureEpisode;
};
export type AllianceView = { episodeId: string; status: (typeof EPISODE_STATUSES)[number]; sessions: SessionView[]; ruptures: RuptureView[] };

function scores(bond: number | null, goals: number | null, tasks: number | null): Scores {
  return { bond, goals, tasks, total: sessionTotal({ bond, goals, tasks }) };
}

export function allianceView(episode: EpisodeWithData): AllianceView {
  const sessions = episode.sessions.map((s): SessionView => {
    const hasTherapist = s.therapistBond !== null || s.therapistGoals !== null || s.therapistTasks !== null;
    return {
      id: s.id,
      number: s.number,
      date: isoFromDate(s.date),
      patient: s.rating ? { ...scores(s.rating.bond, s.rating.goals, s.rating.tasks), difficulty: s.rating.difficulty, talkedAbout: s.rating.talkedAbout } : null,
      therapist: hasTherapist ? scores(s.therapistBond, s.therapistGoals, s.therapistTasks) : null,
      marker: s.marker,
      markerDimension: s.markerDimension,
      repairStrategies: parseJsonList<RepairStrategyId>(s.repairStrategies),
      note: s.note,
    };
  });
  const ruptures = episode.ruptures.map((r): RuptureView => ({
    id: r.id,
    onset: r.onset,
    status: r.status,
    review: r.review,
    reviewNote: r.reviewNote,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    engine: JSON.parse(r.engine) as RuptureEpisode,
  }));
  return { episodeId: episode.id, status: episode.status, sessions, ruptures };
}

/** The repair strategies logged in the sessions a rupture spans (onset to close, or to now). */
export function strategiesDuring(rupture: RuptureView, sessions: SessionView[]): RepairStrategyId[] {
  const end = rupture.engine.closedAt ?? Number.POSITIVE_INFINITY;
  const ids = sessions.filter((s) => s.number >= rupture.onset && s.number <= end).flatMap((s) => s.repairStrategies);
  return [...new Set(ids)];
}
