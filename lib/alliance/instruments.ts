/**
 * Alliance instruments as data, validated with zod. Their scoring to bond / goals / tasks on 0–100
 * is in instrument-scoring.ts, the schema of a patient's answers in answers-schema.ts.
 *
 * Bordin ships one instrument of its own (the brief alliance check, text written for this project)
 * and the *structure* of licensed instruments such as the WAI-SR, whose item text a clinic holding a
 * licence supplies itself. No licensed item wording is part of this code base.
 */
import { z } from "zod";
import { ScoringError } from "./instrument-scoring";
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

/** The instruments Bordin ships, in the order a clinic is offered them (the default first). */
export const SHIPPED_INSTRUMENTS: readonly Instrument[] = [BRIEF_ALLIANCE_CHECK, WAI_SR_STRUCTURE];

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
