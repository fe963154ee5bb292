/**
 * Checking untrusted engine input (JSON from a file or an API) with messages that name
 * the episode, the session and the field.
 */
import { z } from "zod";
import { InputError, showValue } from "./errors";
import type { EpisodeInput, SessionInput } from "./types";

const SCORE_FIELDS = ["bond", "goals", "tasks"] as const;

const ENUM_FIELDS: { field: "difficulty" | "talkedAbout" | "marker" | "markerDimension"; values: readonly string[]; what: string }[] = [
  { field: "difficulty", values: ["none", "some", "a-lot"], what: "difficulty" },
  { field: "talkedAbout", values: ["no", "partly", "yes"], what: "answer" },
  { field: "marker", values: ["none", "withdrawal", "confrontation"], what: "marker" },
  { field: "markerDimension", values: ["bond", "goals", "tasks"], what: "dimension" },
];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function orList(values: readonly string[]): string {
  return values.length < 2 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

/**
 * Check one session object in place and return it typed. Fields the engine does not know are ignored.
 * @throws InputError naming episode, session and field
 */
export function checkSession(raw: unknown, episodeId: string, position: number): SessionInput {
  if (!isObject(raw)) {
    throw new InputError({ episodeId, field: `sessions[${position}]` }, `expected a session object, got ${showValue(raw)}`);
  }
  const number = raw.number;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 0) {
    throw new InputError(
      { episodeId, field: "number" },
      `session #${position + 1} has number ${showValue(number)}; expected a whole number ≥ 0`,
    );
  }
  for (const f of SCORE_FIELDS) {
    const v = raw[f];
    if (v === undefined || v === null) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new InputError({ episodeId, session: number, field: f }, `${showValue(v)} is not a number (0–100 or null)`);
    }
    if (v < 0 || v > 100) throw new InputError({ episodeId, session: number, field: f }, `${showValue(v)} is outside 0–100`);
  }
  for (const { field, values, what } of ENUM_FIELDS) {
    const v = raw[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string" || !values.includes(v)) {
      throw new InputError({ episodeId, session: number, field }, `unknown ${what} ${showValue(v)} (expected ${orList(values)})`);
    }
  }
  const date = raw.date;
  if (date !== undefined && date !== null && (typeof date !== "string" || Number.isNaN(Date.parse(date)))) {
    throw new InputError({ episodeId, session: number, field: "date" }, `${showValue(date)} is not a date`);
  }
  return raw as unknown as SessionInput;
}

/**
 * Check one episode object (`{id, ended, sessions}`) in place: types, ranges, known values and
 * unique session numbers. `position` (0-based) names an episode that has no usable id.
 * @throws InputError naming episode, session and field
 */
export function checkEpisode(raw: unknown, position: number): EpisodeInput {
  const anon = `#${position + 1}`;
  if (!isObject(raw)) throw new InputError({ episodeId: anon }, `expected an episode object, got ${showValue(raw)}`);
  const id = raw.id;
  if ((typeof id !== "string" || id === "") && (typeof id !== "number" || !Number.isFinite(id))) {
    throw new InputError({ episodeId: anon, field: "id" }, `missing or invalid id ${showValue(id)}`);
  }
  const episodeId = String(id);
  if (raw.ended !== undefined && raw.ended !== null && typeof raw.ended !== "boolean") {
    throw new InputError({ episodeId, field: "ended" }, `${showValue(raw.ended)} is not true or false`);
  }
  const sessions = raw.sessions;
  if (!Array.isArray(sessions)) throw new InputError({ episodeId, field: "sessions" }, "sessions must be a list");
  const seen = new Set<number>();
  for (let i = 0; i < sessions.length; i++) {
    const s = checkSession(sessions[i], episodeId, i);
    if (seen.has(s.number)) {
      throw new InputError({ episodeId, session: s.number, field: "number" }, "duplicate session number");
    }
    seen.add(s.number);
  }
  // Normalise in place (cheap) so the engine sees the documented types.
  raw.id = episodeId;
  raw.ended = raw.ended === true;
  return raw as unknown as EpisodeInput;
}

const score = z.number().min(0).max(100).nullable().optional();

/** zod schema of a session for the app's JSON API (same rules as `checkSession`). */
export const SessionInputSchema = z.object({
  number: z.number().int().min(0),
  bond: score,
  goals: score,
  tasks: score,
  difficulty: z.enum(["none", "some", "a-lot"]).nullable().optional(),
  talkedAbout: z.enum(["no", "partly", "yes"]).nullable().optional(),
  marker: z.enum(["none", "withdrawal", "confrontation"]).nullable().optional(),
  markerDimension: z.enum(["bond", "goals", "tasks"]).nullable().optional(),
  date: z.union([z.string(), z.date()]).nullable().optional(),
});

/** zod schema of an episode for the app's JSON API; session numbers must be unique. */
export const EpisodeInputSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    ended: z.boolean().default(false),
    endedAt: z.union([z.string(), z.date()]).nullable().optional(),
    sessions: z.array(SessionInputSchema),
  })
  .superRefine((e, ctx) => {
    const seen = new Set<number>();
    e.sessions.forEach((s, i) => {
      if (seen.has(s.number)) {
        ctx.addIssue({ code: "custom", message: `duplicate session number ${s.number}`, path: ["sessions", i, "number"] });
      }
      seen.add(s.number);
    });
  });
