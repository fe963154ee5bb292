/**
 * The engine's checks of one treatment episode's input: scores, enum answers, session numbers and
 * dates. Each throws an InputError naming episode, session and field. Kept out of engine.ts so the
 * hot loop reads on its own; the loop calls these once per session, so they stay plain functions
 * that allocate nothing unless they throw.
 */
import { InputError, showValue } from "./errors";
import type { Dimension, EpisodeInput, SessionInput } from "./types";

/** A subscale score is absent, or a finite number in 0–100. */
export function checkScore(v: unknown, field: Dimension, episodeId: string, session: number): void {
  if (v == null) return;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new InputError({ episodeId, session, field }, `${showValue(v)} is not a number`);
  }
  if (v < 0 || v > 100) {
    throw new InputError({ episodeId, session, field }, `${showValue(v)} is outside 0–100`);
  }
}

/** difficulty, talkedAbout, marker and markerDimension are absent or one of their known values. */
export function checkEnums(s: SessionInput, episodeId: string): void {
  const d = s.difficulty;
  if (d != null && d !== "none" && d !== "some" && d !== "a-lot") {
    throw new InputError(
      { episodeId, session: s.number, field: "difficulty" },
      `unknown difficulty ${showValue(d)} (expected none, some or a-lot)`,
    );
  }
  const t = s.talkedAbout;
  if (t != null && t !== "no" && t !== "partly" && t !== "yes") {
    throw new InputError(
      { episodeId, session: s.number, field: "talkedAbout" },
      `unknown answer ${showValue(t)} (expected no, partly or yes)`,
    );
  }
  const m = s.marker;
  if (m != null && m !== "none" && m !== "withdrawal" && m !== "confrontation") {
    throw new InputError(
      { episodeId, session: s.number, field: "marker" },
      `unknown marker ${showValue(m)} (expected none, withdrawal or confrontation)`,
    );
  }
  const md = s.markerDimension;
  if (md != null && md !== "bond" && md !== "goals" && md !== "tasks") {
    throw new InputError(
      { episodeId, session: s.number, field: "markerDimension" },
      `unknown dimension ${showValue(md)} (expected bond, goals or tasks)`,
    );
  }
}

/** The session number, a whole number ≥ 0. */
function checkNumber(s: SessionInput, episodeId: string): number {
  const n = s?.number;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
    throw new InputError({ episodeId, field: "number" }, `session number ${showValue(n)} is not a whole number ≥ 0`);
  }
  return n;
}

/** The sessions ordered by number; throws on a duplicate number. Does not copy sorted input. */
export function orderedSessions(episode: EpisodeInput): readonly SessionInput[] {
  const list = episode.sessions;
  let sorted = true;
  for (let i = 0; i < list.length; i++) {
    const n = checkNumber(list[i], episode.id);
    if (i > 0) {
      const before = list[i - 1].number;
      if (n === before) {
        throw new InputError({ episodeId: episode.id, session: n, field: "number" }, "duplicate session number");
      }
      if (n < before) sorted = false;
    }
  }
  if (sorted) return list;
  const copy = list.slice().sort((a, b) => a.number - b.number);
  for (let i = 1; i < copy.length; i++) {
    if (copy[i].number === copy[i - 1].number) {
      throw new InputError(
        { episodeId: episode.id, session: copy[i].number, field: "number" },
        "duplicate session number",
      );
    }
  }
  return copy;
}

/** A date (ISO string or Date) as epoch milliseconds. */
export function toTime(v: string | Date, episodeId: string, session: number | null, field: string): number {
  const t = typeof v === "string" ? Date.parse(v) : v instanceof Date ? v.getTime() : NaN;
  if (Number.isNaN(t)) throw new InputError({ episodeId, session, field }, `${showValue(v)} is not a date`);
  return t;
}
