import { z } from "zod";
import type { RuleName } from "./types";

/** Norms that make the Jacobson & Truax reliable-change rule possible (total on the 0–100 scale). */
export interface Norms {
  /** Standard deviation of the total in a reference sample. */
  sd: number;
  /** Reliability (e.g. Cronbach's α or test–retest r) of the total, 0 ≤ r < 1. */
  r: number;
}

/** The engine's parameters. Every field has a documented default (DEFAULT_PARAMS). */
export interface EngineParams {
  /** `low-score`: a total below this, after one at or above it (or as the first total). */
  cutoff: number;
  /** `drop`: fall from the previous total, in points, that fires. Also the dimension threshold. */
  drop: number;
  /** `deviation`: how many SDs below the baseline mean. */
  k: number;
  /** `deviation`: the SD used is at least this (points). */
  sdFloor: number;
  /** `deviation`: minimum size of the baseline B. */
  baselineMin: number;
  /** How many earlier sessions (outside every episode) make up the pre-rupture level. */
  preRuptureSessions: number;
  /** Repair: total ≥ preRuptureLevel − tolerance. */
  tolerance: number;
  /** An episode not repaired by the window-th participating session after onset is unrepaired. */
  window: number;
  /** `reliable-drop` is off unless norms are given. */
  norms: Norms | null;
  /** `reliable-drop`: RCI below −critical fires. */
  rciCritical: number;
  /** Switch single rules off (a clinic setting). Missing = on. */
  rules: Partial<Record<RuleName, boolean>>;
}

/**
 * The contract's defaults, which the tests hold the engine to. Where each comes from:
 * docs/rupture-engine.md, "Parameters and how a clinic should tune them".
 */
export const DEFAULT_PARAMS: Readonly<EngineParams> = Object.freeze({
  cutoff: 80,
  drop: 10,
  k: 2,
  sdFloor: 5,
  baselineMin: 3,
  preRuptureSessions: 3,
  tolerance: 5,
  window: 5,
  norms: null,
  rciCritical: 1.96,
  rules: Object.freeze({}) as Partial<Record<RuleName, boolean>>,
});

const ruleSwitches = z
  .strictObject({
    "low-score": z.boolean(),
    drop: z.boolean(),
    deviation: z.boolean(),
    "reliable-drop": z.boolean(),
    "patient-reported": z.boolean(),
    "therapist-observed": z.boolean(),
  })
  .partial();

/**
 * Overrides of the defaults, all optional: for clinic settings and `analyze --params FILE`.
 * Unknown keys are rejected so a typo does not silently leave a default in force.
 */
export const EngineParamsSchema = z.strictObject({
  cutoff: z.number().min(0).max(100).optional(),
  drop: z.number().gt(0).max(100).optional(),
  k: z.number().gt(0).max(10).optional(),
  sdFloor: z.number().min(0).max(100).optional(),
  baselineMin: z.number().int().min(2).max(1000).optional(),
  preRuptureSessions: z.number().int().min(1).max(100).optional(),
  tolerance: z.number().min(0).max(100).optional(),
  window: z.number().int().min(1).max(1000).optional(),
  norms: z
    .strictObject({
      sd: z.number().gt(0).max(100),
      r: z.number().min(0).lt(1),
    })
    .nullable()
    .optional(),
  rciCritical: z.number().gt(0).max(10).optional(),
  rules: ruleSwitches.optional(),
});

export type EngineParamsOverrides = z.infer<typeof EngineParamsSchema>;

/**
 * Defaults with overrides applied. Accepts already-validated overrides (or full params);
 * `undefined` fields keep their default. Use `EngineParamsSchema.parse` first on untrusted input.
 */
export function resolveParams(overrides?: EngineParamsOverrides | Partial<EngineParams> | null): EngineParams {
  const p: EngineParams = { ...DEFAULT_PARAMS, rules: { ...DEFAULT_PARAMS.rules } };
  if (!overrides) return p;
  const o = overrides as Partial<EngineParams>;
  if (o.cutoff !== undefined) p.cutoff = o.cutoff;
  if (o.drop !== undefined) p.drop = o.drop;
  if (o.k !== undefined) p.k = o.k;
  if (o.sdFloor !== undefined) p.sdFloor = o.sdFloor;
  if (o.baselineMin !== undefined) p.baselineMin = o.baselineMin;
  if (o.preRuptureSessions !== undefined) p.preRuptureSessions = o.preRuptureSessions;
  if (o.tolerance !== undefined) p.tolerance = o.tolerance;
  if (o.window !== undefined) p.window = o.window;
  if (o.norms !== undefined) p.norms = o.norms;
  if (o.rciCritical !== undefined) p.rciCritical = o.rciCritical;
  if (o.rules !== undefined) p.rules = { ...p.rules, ...o.rules };
  return p;
}

/** Parse untrusted overrides (clinic settings JSON, --params file) and merge with the defaults. */
export function parseParams(raw: unknown): EngineParams {
  return resolveParams(EngineParamsSchema.parse(raw ?? {}));
}
