/**
 * Seeded synthetic treatment episodes for benchmarks, tests and demos: a stable alliance level with
 * noise, occasional dips (ruptures) that recover or not, some patient reports and therapist markers,
 * and some unrated sessions. No real data; deterministic for a given seed.
 */
import type { Difficulty, Dimension, EpisodeInput, Marker, SessionInput, TalkedAbout } from "./types";

/** A small, fast, seeded PRNG (mulberry32) returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  episodes: number;
  sessionsPerEpisode: number;
  seed?: number;
  /**
   * Reuse one episode object and its session objects for every episode (the engine keeps no
   * reference to its input), so generating millions of sessions allocates almost nothing.
   * Consume each episode before asking for the next.
   */
  reuse?: boolean;
}

const DIMS: Dimension[] = ["bond", "goals", "tasks"];

function clamp(x: number): number {
  return x < 0 ? 0 : x > 100 ? 100 : Math.round(x);
}

function blank(number: number): SessionInput {
  return {
    number,
    bond: null,
    goals: null,
    tasks: null,
    difficulty: null,
    talkedAbout: null,
    marker: null,
    markerDimension: null,
  };
}

function fill(s: SessionInput & Record<string, unknown>, number: number, level: number, dip: number, dipDim: number, rnd: () => number): void {
  s.number = number;
  const unrated = rnd() < 0.05;
  const noise = () => (rnd() - 0.5) * 6;
  if (unrated) {
    s.bond = s.goals = s.tasks = null;
  } else {
    s.bond = clamp(level + noise() - (dipDim === 0 || dipDim === 3 ? dip : dip * 0.3));
    s.goals = clamp(level + noise() - (dipDim === 1 || dipDim === 3 ? dip : dip * 0.3));
    s.tasks = rnd() < 0.02 ? null : clamp(level + noise() - (dipDim === 2 || dipDim === 3 ? dip : dip * 0.3));
  }
  const r = rnd();
  let difficulty: Difficulty | null = unrated ? null : "none";
  let talked: TalkedAbout | null = null;
  if (!unrated && (r < 0.03 || (dip > 0 && r < 0.4))) {
    difficulty = rnd() < 0.7 ? "some" : "a-lot";
    const t = rnd();
    talked = t < 0.4 ? "yes" : t < 0.7 ? "partly" : "no";
  }
  s.difficulty = difficulty;
  s.talkedAbout = talked;
  const m = rnd();
  let marker: Marker | null = "none";
  let markerDimension: Dimension | null = null;
  if (m < 0.01 || (dip > 0 && m < 0.25)) {
    marker = rnd() < 0.6 ? "withdrawal" : "confrontation";
    markerDimension = DIMS[Math.floor(rnd() * 3)];
  }
  s.marker = marker;
  s.markerDimension = markerDimension;
}

/** Generate treatment episodes one at a time (memory stays flat). */
export function* syntheticEpisodes(options: SyntheticOptions): Generator<EpisodeInput> {
  const rnd = mulberry32(options.seed ?? 1);
  const n = options.sessionsPerEpisode;
  const shared: SessionInput[] = options.reuse ? Array.from({ length: n }, (_, i) => blank(i + 1)) : [];
  const sharedEpisode: EpisodeInput & { id: string; ended: boolean } = { id: "", ended: false, sessions: shared };
  for (let e = 0; e < options.episodes; e++) {
    const sessions = options.reuse ? shared : Array.from({ length: n }, (_, i) => blank(i + 1));
    let level = 70 + rnd() * 28;
    let dip = 0;
    let dipLeft = 0;
    let dipDim = 3;
    for (let i = 0; i < n; i++) {
      if (dipLeft === 0 && rnd() < 0.04) {
        dip = 10 + rnd() * 20;
        dipLeft = 1 + Math.floor(rnd() * 5);
        dipDim = Math.floor(rnd() * 4);
      }
      fill(sessions[i] as SessionInput & Record<string, unknown>, i + 1, level, dipLeft > 0 ? dip : 0, dipDim, rnd);
      if (dipLeft > 0) {
        dipLeft--;
        if (dipLeft === 0 && rnd() < 0.3) level -= dip * 0.6; // not every dip recovers
      }
      level += (rnd() - 0.45) * 1.5;
    }
    const id = `syn-${e + 1}`;
    const ended = rnd() < 0.5;
    if (options.reuse) {
      sharedEpisode.id = id;
      sharedEpisode.ended = ended;
      yield sharedEpisode;
    } else {
      yield { id, ended, sessions };
    }
  }
}
