/** Helpers for the engine's tests (not part of the public API). */
import { analyzeEpisode } from "./engine";
import type { EngineParamsOverrides } from "./params";
import type { EpisodeInput, RuptureEpisode, SessionInput } from "./types";

export const AS_OF = new Date("2030-01-01T00:00:00Z");

/** A session spec: a number = that total on all three subscales; an object = fields as given. */
export type Spec = number | null | Omit<SessionInput, "number"> | (Partial<SessionInput> & { total?: number });

/** Sessions numbered 1, 2, … from specs. `null` = a session with no data (does not take part). */
export function sessions(specs: readonly Spec[]): SessionInput[] {
  return specs.map((spec, i) => {
    const number = i + 1;
    if (spec === null) return { number };
    if (typeof spec === "number") return { number, bond: spec, goals: spec, tasks: spec };
    const { total, ...rest } = spec as Partial<SessionInput> & { total?: number };
    const base: SessionInput = total === undefined ? { number } : { number, bond: total, goals: total, tasks: total };
    return { ...base, ...rest } as SessionInput;
  });
}

export function episode(specs: readonly Spec[], ended = false, id = "t"): EpisodeInput {
  return { id, ended, sessions: sessions(specs) };
}

export function run(specs: readonly Spec[], opts: { ended?: boolean; params?: EngineParamsOverrides } = {}): RuptureEpisode[] {
  return analyzeEpisode(episode(specs, opts.ended ?? false), opts.params ?? {}, AS_OF);
}

/** The compact view the examples file uses. */
export function summary(r: RuptureEpisode) {
  return {
    onset: r.onset,
    lastFlagged: r.lastFlagged,
    rules: r.rules.map((f) => f.rule),
    status: r.status,
    repairedAt: r.repairedAt,
    preRuptureLevel: r.preRuptureLevel,
  };
}

/** Rule names fired at each session, across all firings of all episodes: "4:low-score,drop". */
export function firedBySession(rs: RuptureEpisode[]): string[] {
  const m = new Map<number, string[]>();
  for (const r of rs) for (const f of r.firings) m.set(f.session, [...(m.get(f.session) ?? []), f.rule]);
  return [...m.entries()].map(([s, names]) => `${s}:${names.join(",")}`);
}
