/**
 * The rupture and repair engine: one treatment episode's sessions in, rupture episodes out.
 *
 * Pure and framework-free (no next, react, @prisma or node: imports); the current time is passed in.
 * Each rule is its own function in rules/ (low-score, drop, deviation, reliable-drop,
 * patient-reported, therapist-observed), as is each step of a rupture's life (rules/lifecycle.ts);
 * episode-run.ts composes them in one pass over the sessions. docs/rupture-engine.md is the
 * contract in plain words and explains every choice.
 */
import { checkEnums, checkScore, orderedSessions, toTime } from "./engine-input";
import { EpisodeRun } from "./episode-run";
import { InputError } from "./errors";
import { resolveParams, type EngineParams, type EngineParamsOverrides } from "./params";
import { EPSILON } from "./tolerance";
import type { EpisodeInput, RuptureEpisode } from "./types";

export { EPSILON };
export { sessionParticipates, sessionTotal } from "./session";

type ParamsArg = EngineParams | EngineParamsOverrides | Partial<EngineParams> | null | undefined;

/**
 * Find the rupture episodes of one treatment episode.
 *
 * @param episode its sessions (any order; sorted by number here), and whether treatment has ended
 * @param params  engine parameters; missing fields take the defaults (DEFAULT_PARAMS)
 * @param asOf    "now": sessions dated later are ignored, and an `endedAt` later than this is not ended yet
 * @throws InputError naming episode, session and field for a score outside 0–100, an unknown
 *         difficulty/answer/marker/dimension, a bad or duplicate session number, or a bad date
 */
export function analyzeEpisode(episode: EpisodeInput, params: ParamsArg, asOf: Date): RuptureEpisode[] {
  const p = resolveParams(params);
  const episodeId = String(episode.id);
  const asOfMs = asOf instanceof Date ? asOf.getTime() : NaN;
  if (Number.isNaN(asOfMs)) throw new TypeError("analyzeEpisode: asOf must be a valid Date");
  if (!Array.isArray(episode.sessions)) {
    throw new InputError({ episodeId, field: "sessions" }, "sessions must be a list");
  }
  const ended = treatmentEnded(episode, episodeId, asOfMs);
  const list = orderedSessions(episode);
  const run = new EpisodeRun(p);
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    const number = s.number;
    // The engine never looks at the future: a session dated after asOf is left out.
    if (s.date != null && toTime(s.date, episodeId, number, "date") > asOfMs) continue;
    checkScore(s.bond, "bond", episodeId, number);
    checkScore(s.goals, "goals", episodeId, number);
    checkScore(s.tasks, "tasks", episodeId, number);
    checkEnums(s, episodeId);
    run.read(s);
  }
  return run.result(ended);
}

/** The treatment has ended as of `asOf`: marked ended, with no end date or one not after asOf. */
function treatmentEnded(episode: EpisodeInput, episodeId: string, asOfMs: number): boolean {
  if (episode.ended !== true) return false;
  return episode.endedAt == null || toTime(episode.endedAt, episodeId, null, "endedAt") <= asOfMs;
}

/** Analyze many treatment episodes (same params and asOf). */
export function analyzeEpisodes(
  episodes: Iterable<EpisodeInput>,
  params: ParamsArg,
  asOf: Date,
): { id: string; ruptures: RuptureEpisode[] }[] {
  const p = resolveParams(params);
  const res: { id: string; ruptures: RuptureEpisode[] }[] = [];
  for (const e of episodes) res.push({ id: String(e.id), ruptures: analyzeEpisode(e, p, asOf) });
  return res;
}
