/**
 * Alliance instruments as data, validated with zod, and their scoring to bond / goals / tasks on 0–100.
 *
 * Bordin ships one instrument of its own (the brief alliance check, text written for this project)
 * and the *structure* of licensed instruments such as the WAI-SR, whose item text a clinic holding a
 * licence supplies itself. No licensed item wording is part of this code base.
 */
import { z } from "zod";
import { resolveParams, type EngineParams, type EngineParamsOverrides } from "./params";
import type { Difficulty, Dimension, Locale, TalkedAbout } from "./types";

export const LocalizedTextSchema = z.strictObject({ nb: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const InstrumentItemSchema = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, "item id: letters, digits, - and _, starting with a letter"),
    /** Per-locale item text; may be empty in a structure whose text the clinic must supply. */
    text: LocalizedTextSchema,
    subscale: z.enum(["bond", "goals", "tasks"]),
    min: z.number().int(),
    max: z.number().int(),
    /** Reverse-scored: the highest answer means the weakest alliance. */
    reverse: z.boolean().default(false),
    /** Optional labels for the ends of the scale. */
    anchors: z.strictObject({ min: LocalizedTextSchema, max: LocalizedTextSchema }).optional(),
  })
  .refine((i) => i.min < i.max, { message: "min must be below max", path: ["max"] });

export const InstrumentSchema = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9][a-z0-9-]*$/, "instrument id: lower-case letters, digits and -"),
    name: LocalizedTextSchema,
    version: z.string().max(32).optional(),
    /** Where the instrument comes from and under which terms it is used. */
    source: z.string().max(500).optional(),
    /** True when the item text is copyrighted and must be supplied by a licensed clinic. */
    licensed: z.boolean().default(false),
    items: z.array(InstrumentItemSchema).min(1).max(100),
    /** Norms for the total on the 0–100 scale; they switch on the `reliable-drop` rule. */
    norms: z.strictObject({ sd: z.number().gt(0).max(100), r: z.number().min(0).lt(1) }).nullable().optional(),
  })
  .superRefine((inst, ctx) => {
    const seen = new Set<string>();
    inst.items.forEach((item, i) => {
      if (seen.has(item.id)) {
        ctx.addIssue({ code: "custom", message: `duplicate item id "${item.id}"`, path: ["items", i, "id"] });
      }
      seen.add(item.id);
    });
  });

export type Instrument = z.output<typeof InstrumentSchema>;
export type InstrumentItem = z.output<typeof InstrumentItemSchema>;

const AGREE: { min: LocalizedText; max: LocalizedText } = {
  min: { nb: "Ikke i det hele tatt", en: "Not at all" },
  max: { nb: "Helt", en: "Completely" },
};

/**
 * Bordin's own brief alliance check: three items written for this project, one per dimension,
 * each a 0–10 slider (normalized ×10). Free to use.
 */
export const BRIEF_ALLIANCE_CHECK: Instrument = InstrumentSchema.parse({
  id: "brief-alliance-check",
  name: { nb: "Kort alliansesjekk", en: "Brief alliance check" },
  version: "1",
  source: "Written for the Bordin project (AGPL-3.0-or-later); free to use.",
  licensed: false,
  items: [
    {
      id: "bond",
      text: {
        nb: "I dag følte jeg meg trygg og respektert sammen med terapeuten min",
        en: "Today I felt safe and respected with my therapist",
      },
      subscale: "bond",
      min: 0,
      max: 10,
      reverse: false,
      anchors: AGREE,
    },
    {
      id: "goals",
      text: { nb: "Vi er enige om hva vi jobber mot", en: "We agree on what we are working towards" },
      subscale: "goals",
      min: 0,
      max: 10,
      reverse: false,
      anchors: AGREE,
    },
    {
      id: "tasks",
      text: { nb: "Det vi gjorde i dag, ga mening for meg", en: "What we did today made sense to me" },
      subscale: "tasks",
      min: 0,
      max: 10,
      reverse: false,
      anchors: AGREE,
    },
  ],
  norms: null,
});

const WAI_SR_SUBSCALE: Record<number, Dimension> = {
  1: "tasks",
  2: "tasks",
  10: "tasks",
  12: "tasks",
  3: "bond",
  5: "bond",
  7: "bond",
  9: "bond",
  4: "goals",
  6: "goals",
  8: "goals",
  11: "goals",
};

/**
 * The structure of the WAI-SR (Hatcher & Gillaspy 2006): 12 items rated 1–5,
 * Task 1, 2, 10, 12 · Bond 3, 5, 7, 9 · Goal 4, 6, 8, 11. Item ids are `item1` … `item12`.
 * The item text is empty: the instrument is distributed with its authors' permission, so a clinic
 * holding that permission supplies the wording (see `withItemText`).
 */
export const WAI_SR_STRUCTURE: Instrument = InstrumentSchema.parse({
  id: "wai-sr",
  name: { nb: "WAI-SR (Working Alliance Inventory – Short Revised)", en: "WAI-SR (Working Alliance Inventory – Short Revised)" },
  source: "Hatcher & Gillaspy (2006). Item text must be supplied by a clinic permitted to use it.",
  licensed: true,
  items: Array.from({ length: 12 }, (_, i) => ({
    id: `item${i + 1}`,
    text: { nb: "", en: "" },
    subscale: WAI_SR_SUBSCALE[i + 1],
    min: 1,
    max: 5,
    reverse: false,
  })),
  norms: null,
});

/** Items whose text is missing in a locale (an instrument with any is not ready to show patients). */
export function missingItemText(instrument: Instrument, locales: readonly Locale[] = ["nb", "en"]): string[] {
  return instrument.items
    .filter((item) => locales.some((l) => item.text[l].trim() === ""))
    .map((item) => item.id);
}

/** A copy of the instrument with item text supplied (e.g. a clinic's licensed WAI-SR wording). */
export function withItemText(
  instrument: Instrument,
  texts: Record<string, Partial<LocalizedText>>,
): Instrument {
  const ids = new Set(instrument.items.map((i) => i.id));
  for (const id of Object.keys(texts)) {
    if (!ids.has(id)) throw new ScoringError(id, "unknown-item", undefined, `unknown item "${id}" in ${instrument.id}`);
  }
  return InstrumentSchema.parse({
    ...instrument,
    items: instrument.items.map((item) => ({ ...item, text: { ...item.text, ...(texts[item.id] ?? {}) } })),
  });
}

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

const MESSAGES = {
  en: {
    required: (label: string) => `Please answer ${label}.`,
    range: (label: string, min: number, max: number) => `${label}: choose a whole number from ${min} to ${max}.`,
    unknown: (key: string) => `Unknown question "${key}".`,
  },
  nb: {
    required: (label: string) => `Svar på ${label}.`,
    range: (label: string, min: number, max: number) => `${label}: velg et helt tall fra ${min} til ${max}.`,
    unknown: (key: string) => `Ukjent spørsmål «${key}».`,
  },
} as const;

function itemLabel(item: InstrumentItem, locale: Locale, index: number): string {
  const text = item.text[locale].trim();
  const q = locale === "nb" ? `spørsmål ${index + 1}` : `question ${index + 1}`;
  if (!text) return q;
  return locale === "nb" ? `${q} («${text}»)` : `${q} (“${text}”)`;
}

/**
 * The zod schema of an answer object for this instrument: every item required, an integer in its
 * range; unknown keys rejected. Messages name the question (in `locale`, default English).
 * With `coerce: true`, numeric strings (HTML form values) are accepted and converted.
 */
export function answersSchema(
  instrument: Instrument,
  options: { locale?: Locale; coerce?: boolean } = {},
) {
  const locale = options.locale ?? "en";
  const msg = MESSAGES[locale];
  const shape: Record<string, z.ZodType<number>> = {};
  instrument.items.forEach((item, index) => {
    const label = itemLabel(item, locale, index);
    const range = msg.range(label, item.min, item.max);
    const num = z
      .number({ error: (iss) => (iss.input === undefined || iss.input === null ? msg.required(label) : range) })
      .int({ error: range })
      .min(item.min, { error: range })
      .max(item.max, { error: range });
    shape[item.id] = options.coerce
      ? (z.preprocess((v) => {
          if (typeof v !== "string") return v;
          const t = v.trim();
          return t === "" ? undefined : /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : v;
        }, num) as unknown as z.ZodType<number>)
      : num;
  });
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === "unrecognized_keys" ? msg.unknown((iss.keys as string[]).join(", ")) : undefined,
  });
}

/** Engine params for an instrument: its norms (if any) switch on `reliable-drop`; overrides win. */
export function paramsForInstrument(instrument: Instrument, overrides?: EngineParamsOverrides | null): EngineParams {
  const p = resolveParams(overrides);
  if (overrides?.norms === undefined && instrument.norms) p.norms = { ...instrument.norms };
  return p;
}

/** The follow-up question of every rating: "Was anything difficult between us today?" */
export const DIFFICULTY_QUESTION: {
  text: LocalizedText;
  options: { value: Difficulty; label: LocalizedText }[];
} = {
  text: { nb: "Var noe vanskelig mellom oss i dag?", en: "Was anything difficult between us today?" },
  options: [
    { value: "none", label: { nb: "Nei", en: "No" } },
    { value: "some", label: { nb: "Litt", en: "A little" } },
    { value: "a-lot", label: { nb: "Mye", en: "A lot" } },
  ],
};

/** Asked when something was difficult: "Did we talk about it?" */
export const TALKED_ABOUT_QUESTION: {
  text: LocalizedText;
  options: { value: TalkedAbout; label: LocalizedText }[];
} = {
  text: { nb: "Snakket vi om det?", en: "Did we talk about it?" },
  options: [
    { value: "no", label: { nb: "Nei", en: "No" } },
    { value: "partly", label: { nb: "Delvis", en: "Partly" } },
    { value: "yes", label: { nb: "Ja", en: "Yes" } },
  ],
};
