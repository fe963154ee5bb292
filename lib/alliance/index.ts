/**
 * Bordin's alliance engine: instruments, scoring, rupture and repair detection.
 * Framework-free TypeScript (no next, react, @prisma or node: imports); time is passed in.
 * Contract, in plain words: docs/rupture-engine.md (each rule is a function in rules/).
 */
export type {
  Locale,
  Dimension,
  Difficulty,
  TalkedAbout,
  Marker,
  SessionInput,
  EpisodeInput,
  RuleName,
  RuleFiring,
  LowScoreFiring,
  DropFiring,
  DeviationFiring,
  ReliableDropFiring,
  PatientReportedFiring,
  TherapistObservedFiring,
  RuptureStatus,
  Severity,
  RuptureEpisode,
} from "./types";
export { DIMENSIONS, DIFFICULTIES, TALKED_ABOUT, MARKERS, RULE_NAMES, SCORE_RULES } from "./types";

export type { EngineParams, EngineParamsOverrides, Norms } from "./params";
export { DEFAULT_PARAMS, EngineParamsSchema, resolveParams, parseParams } from "./params";
export type { ParamKey, ParamInfo, NumericParam } from "./param-sources";
export { PARAM_INFO, NUMERIC_PARAMS } from "./param-sources";

export { analyzeEpisode, analyzeEpisodes, sessionTotal, sessionParticipates, EPSILON } from "./engine";
export { usualBand } from "./usual-band";
export type { UsualBand, BandSession, BandSpan } from "./usual-band";
export { explainFiring, dimensionLabel, dimensionName, ruleLabel, formatNumber } from "./explain";
export { InputError } from "./errors";
export { checkEpisode, checkSession, SessionInputSchema, EpisodeInputSchema } from "./input";

export type { Instrument, InstrumentItem, LocalizedText } from "./instruments";
export type { Scores, ScoringErrorCode } from "./instrument-scoring";
export { scoreAnswers, normalizeAnswer, ScoringError } from "./instrument-scoring";
export { answersSchema } from "./answers-schema";
export {
  InstrumentSchema,
  InstrumentItemSchema,
  LocalizedTextSchema,
  BRIEF_ALLIANCE_CHECK,
  WAI_SR_STRUCTURE,
  SHIPPED_INSTRUMENTS,
  missingItemText,
  withItemText,
  paramsForInstrument,
  DIFFICULTY_QUESTION,
  TALKED_ABOUT_QUESTION,
} from "./instruments";

export type { RepairStrategy, RepairStrategyId } from "./repair-strategies";
export { REPAIR_STRATEGIES, REPAIR_STRATEGY_IDS, repairStrategyLabel } from "./repair-strategies";
