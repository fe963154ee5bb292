import type { CurrentUser } from "@/lib/roles";
import { getPatient } from "@/lib/data/patients";
import { getEpisode } from "@/lib/data/episodes";
import { allianceView, type AllianceView } from "@/lib/data/alliance-view";
import { isoFromDate } from "@/lib/validation/form-input";
import { parseJsonList } from "@/lib/json-list";
import type { EPISODE_STATUSES } from "@/lib/data/columns";
import type { Modality } from "@/lib/validation/modalities";

type EpisodeStatus = (typeof EPISODE_STATUSES)[number];

// What the REST API returns: plain JSON with ISO dates, and goals as a list rather than the stored
// JSON text. Access and audit happen in getPatient / getEpisode.
// Status and modality arrive parsed (lib/data/columns.ts), so the API's JSON carries typed values.
type EpisodeRow = { id: string; status: EpisodeStatus; modality: Modality; goals: string; startDate: Date; endDate: Date | null; patientId: string };

export function episodeJson(e: EpisodeRow) {
  return { id: e.id, patientId: e.patientId, status: e.status, modality: e.modality, goals: parseJsonList(e.goals), startDate: isoFromDate(e.startDate), endDate: e.endDate ? isoFromDate(e.endDate) : null };
}

export function patientJson(p: { id: string; code: string; birthYear: number | null; episodes?: EpisodeRow[] }) {
  return { id: p.id, code: p.code, birthYear: p.birthYear, ...(p.episodes ? { episodes: p.episodes.map(episodeJson) } : {}) };
}

export async function patientForApi(user: CurrentUser, id: string) {
  return patientJson(await getPatient(user, id, "read"));
}

export async function episodeAllianceForApi(user: CurrentUser, id: string): Promise<AllianceView & { episode: ReturnType<typeof episodeJson> }> {
  const episode = await getEpisode(user, id);
  return { ...allianceView(episode), episode: episodeJson(episode) };
}
