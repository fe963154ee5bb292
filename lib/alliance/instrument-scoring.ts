/**
 * Scoring an instrument's answers to bond / goals / tasks on 0–100, and the error naming the item
 * of an answer that cannot be scored.
 */
import type { Instrument, InstrumentItem } from "./instruments";

export type ScoringErrorCode = "unknown-item" | "out-of-range" | "not-a-number" | "not-an-integer";

/** An answer that cannot be scored, naming the item. */
export class ScoringError extends Error {
  readonly itemId: string;
  readonly code: ScoringErrorCode;
  readonly value: unknown;
  constructor(itemId: string, code: ScoringErrorCode, value: unknown, message: string) {
    super(message);
    this.name = "ScoringError";
    this.itemId = itemId;
    this.code = code;
    this.value = value;
  }
}

export interface Scores {
  bond: number | null;
  goals: number | null;
  tasks: number | null;
  /** Mean of the present subscales (as the engine's `sessionTotal`); null if none. */
  total: number | null;
}

/** One answer on the 0–100 scale (reverse items flipped). */
export function normalizeAnswer(item: InstrumentItem, value: number): number {
  const x = item.reverse ? item.max - value : value - item.min;
  return (x / (item.max - item.min)) * 100;
}

/**
 * Score answers to bond / goals / tasks on 0–100: each answer normalized to 0–100 (reverse items
 * flipped), each subscale the mean of its answered items, `total` the mean of the present subscales.
 * Unanswered items (missing, null or undefined) are skipped; a subscale with none answered is null.
 * @throws ScoringError naming the item for an unknown item, a non-number, a non-integer or an out-of-range answer
 */
export function scoreAnswers(instrument: Instrument, answers: Record<string, number | null | undefined>): Scores {
  const byId = new Map(instrument.items.map((i) => [i.id, i] as const));
  const sum = { bond: 0, goals: 0, tasks: 0 };
  const count = { bond: 0, goals: 0, tasks: 0 };
  for (const [id, value] of Object.entries(answers)) {
    const item = byId.get(id);
    if (!item) throw new ScoringError(id, "unknown-item", value, `unknown item "${id}" in ${instrument.id}`);
    if (value === null || value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new ScoringError(id, "not-a-number", value, `item "${id}": ${String(value)} is not a number`);
    }
    if (!Number.isInteger(value)) {
      throw new ScoringError(id, "not-an-integer", value, `item "${id}": ${value} is not a whole number`);
    }
    if (value < item.min || value > item.max) {
      throw new ScoringError(id, "out-of-range", value, `item "${id}": ${value} is outside ${item.min}–${item.max}`);
    }
    sum[item.subscale] += normalizeAnswer(item, value);
    count[item.subscale]++;
  }
  const bond = count.bond ? sum.bond / count.bond : null;
  const goals = count.goals ? sum.goals / count.goals : null;
  const tasks = count.tasks ? sum.tasks / count.tasks : null;
  let t = 0;
  let n = 0;
  for (const v of [bond, goals, tasks]) {
    if (v !== null) {
      t += v;
      n++;
    }
  }
  return { bond, goals, tasks, total: n ? t / n : null };
}
