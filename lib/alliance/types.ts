/**
 * Types of the alliance engine. Framework-free: no next, react, @prisma or node: imports.
 * The contract, in plain words, is docs/rupture-engine.md.
 */

export type Locale = "nb" | "en";

/** Bordin's three parts of the working alliance. */
export type Dimension = "bond" | "goals" | "tasks";
export const DIMENSIONS: readonly Dimension[] = ["bond", "goals", "tasks"] as const;

/** "Was anything difficult between us today?" — no / a little / a lot. */
export type Difficulty = "none" | "some" | "a-lot";
export const DIFFICULTIES: readonly Difficulty[] = ["none", "some", "a-lot"] as const;

/** "Did you talk about it?" */
export type TalkedAbout = "no" | "partly" | "yes";
export const TALKED_ABOUT: readonly TalkedAbout[] = ["no", "partly", "yes"] as const;

/** The therapist's rupture marker (Safran & Muran: withdrawal and confrontation ruptures). */
export type Marker = "none" | "withdrawal" | "confrontation";
export const MARKERS: readonly Marker[] = ["none", "withdrawal", "confrontation"] as const;

/** One session of a treatment episode, as the engine reads it. Scores are 0–100. */
export interface SessionInput {
  /** Session number within the treatment episode (1, 2, …); unique within the episode. */
  number: number;
  bond?: number | null;
  goals?: number | null;
  tasks?: number | null;
  difficulty?: Difficulty | null;
  talkedAbout?: TalkedAbout | null;
  marker?: Marker | null;
  markerDimension?: Dimension | null;
  /**
   * Optional date of the session (ISO string or Date). A session dated after the `asOf` passed to
   * `analyzeEpisode` is left out, so the engine never looks at the future.
   */
  date?: string | Date | null;
}

/** One treatment episode (patient + therapist) with its sessions. */
export interface EpisodeInput {
  id: string;
  /** The treatment has ended: a rupture still open at the last session becomes `unrepaired`. */
  ended: boolean;
  /** Optional end date: if given and later than `asOf`, the episode counts as not yet ended. */
  endedAt?: string | Date | null;
  sessions: readonly SessionInput[];
}

export type RuleName =
  | "low-score"
  | "drop"
  | "deviation"
  | "reliable-drop"
  | "patient-reported"
  | "therapist-observed";

/** The rules in the order of the rule table in docs/rupture-engine.md; firings at one session are listed in this order. */
export const RULE_NAMES: readonly RuleName[] = [
  "low-score",
  "drop",
  "deviation",
  "reliable-drop",
  "patient-reported",
  "therapist-observed",
] as const;

/** Rules that look at the scores (as opposed to what the patient or therapist reported). */
export const SCORE_RULES: readonly RuleName[] = ["low-score", "drop", "deviation", "reliable-drop"] as const;

export interface LowScoreFiring {
  rule: "low-score";
  session: number;
  total: number;
  cutoff: number;
  /** Total of the previous session with a total, or null when this is the first one. */
  previous: number | null;
  previousSession: number | null;
}

export interface DropFiring {
  rule: "drop";
  session: number;
  total: number;
  previous: number;
  previousSession: number;
  /** previous − total (points). */
  fall: number;
  /** The `drop` parameter in force. */
  drop: number;
}

export interface DeviationFiring {
  rule: "deviation";
  session: number;
  total: number;
  /** Mean of the baseline B. */
  baselineMean: number;
  /** Sample SD (n − 1) of B. */
  baselineSd: number;
  /** |B| */
  baselineN: number;
  /** mean(B) − k·max(sd(B), sdFloor) */
  threshold: number;
  k: number;
  sdFloor: number;
}

export interface ReliableDropFiring {
  rule: "reliable-drop";
  session: number;
  total: number;
  previous: number;
  previousSession: number;
  /** (total − previous) / (SD·√2·√(1 − r)) */
  rci: number;
  /** Norm SD and reliability r of the instrument. */
  sd: number;
  r: number;
  /** Critical value (1.96). */
  critical: number;
}

export interface PatientReportedFiring {
  rule: "patient-reported";
  session: number;
  difficulty: "some" | "a-lot";
  talkedAbout: TalkedAbout | null;
}

export interface TherapistObservedFiring {
  rule: "therapist-observed";
  session: number;
  marker: "withdrawal" | "confrontation";
  markerDimension: Dimension | null;
}

export type RuleFiring =
  | LowScoreFiring
  | DropFiring
  | DeviationFiring
  | ReliableDropFiring
  | PatientReportedFiring
  | TherapistObservedFiring;

export type RuptureStatus = "open" | "repaired" | "unrepaired";

export interface Severity {
  /** Fall in points: reference level − lowest total in the episode (≥ 0); null without totals. */
  points: number | null;
  /** The same fall in standard deviations: points / max(sd(B at onset), sdFloor); null if undefined. */
  sds: number | null;
}

/** One rupture episode found by the engine. Sessions are identified by their `number`. */
export interface RuptureEpisode {
  onset: number;
  /** The latest flagged session of the episode (the onset if nothing later was flagged). */
  lastFlagged: number;
  /**
   * The rules that fired in this episode: the first firing of each rule, in the order they
   * happened (session, then the rule table's order). Every firing is in `firings`.
   */
  rules: RuleFiring[];
  /** Every firing from onset to close (or to the latest session while open). */
  firings: RuleFiring[];
  dimensions: Dimension[];
  severity: Severity;
  /** Mean total of the last up-to-3 sessions with a total before onset outside every episode. */
  preRuptureLevel: number | null;
  status: RuptureStatus;
  repairedAt: number | null;
  /** The session that closed the episode (repair, end of window, or end of treatment); null while open. */
  closedAt: number | null;
  /** Sessions from onset to repair in session numbers (repairedAt − onset); 0 for in-session repair. */
  sessionsToRepair: number | null;
}
