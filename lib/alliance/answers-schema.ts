/**
 * The zod schema of a patient's answers to an instrument, with messages naming the question in the
 * patient's language (used to check rating forms and REST submissions).
 */
import { z } from "zod";
import type { Instrument, InstrumentItem } from "./instruments";
import type { Locale } from "./types";

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
      // The keys are the client's: name a few, shortened, so a message never grows with the input.
      iss.code === "unrecognized_keys" ? msg.unknown((iss.keys as string[]).slice(0, 3).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)).join(", ")) : undefined,
  });
}
