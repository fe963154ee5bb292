import type { Locale } from "@/lib/i18n/config";
import { AppError } from "@/lib/errors";
import enWorkspace from "@/lib/i18n/messages/en/workspace.json";
import nbWorkspace from "@/lib/i18n/messages/nb/workspace.json";

// Every validation message a user or an API client reads is one of ours: the `workspaceErrors`
// messages, in the answer's language, for a form and an API answer alike. A rule names its message
// by key (zod's own catalogues are never used: lib/validation/zod-locale.ts). Nothing is ever
// matched back from its text. A message may hold {placeholders} (a bound, a session number), filled
// in when it is told; never patient data.
type Catalogue = typeof enWorkspace.workspaceErrors;
/** Every key of the catalogue but the form's summary line. */
export type ValidationKey = Exclude<keyof Catalogue, "summary">;
export type MessageValues = Record<string, string | number>;

const catalogues = { en: enWorkspace.workspaceErrors, nb: nbWorkspace.workspaceErrors } satisfies Record<Locale, Record<ValidationKey, string>>;

export const VALIDATION_KEYS = Object.keys(enWorkspace.workspaceErrors).filter((k): k is ValidationKey => k !== "summary");

export function isValidationKey(value: unknown): value is ValidationKey {
  return typeof value === "string" && (VALIDATION_KEYS as readonly string[]).includes(value);
}

// Grouped from five digits on, as both languages write them: 1900, 2026 and 1000 stay whole, 10 000 does not.
const numberFormats = { en: new Intl.NumberFormat("en-GB", { useGrouping: "min2" }), nb: new Intl.NumberFormat("nb-NO", { useGrouping: "min2" }) };

export function validationMessage(key: ValidationKey, locale: Locale, values: MessageValues = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? numberFormats[locale].format(value) : value;
  });
}

/** The params of a zod custom issue for one of our rules: `ctx.addIssue({ code: "custom", path, ...keyed(key) })`. */
export function keyed(key: ValidationKey, values?: MessageValues): { params: { key: ValidationKey; values?: MessageValues } } {
  return { params: values ? { key, values } : { key } };
}

/** A conflict that belongs to one field of a form (a taken code or number), named by key. */
export function fieldConflict(field: string, key: ValidationKey, locale: Locale = "en", values?: MessageValues): AppError {
  const message = validationMessage(key, locale, values);
  return new AppError(409, "conflict", message, { [field]: [message] }, { field, key, values });
}

/** A data-layer check of one field that the schema could not make (it needs the user or the database), named by key. */
export function fieldInvalid(field: string, key: ValidationKey, locale: Locale = "en", values?: MessageValues): AppError {
  const message = validationMessage(key, locale, values);
  return new AppError(422, "invalid", message, { [field]: [message] }, { field, key, values });
}

/**
 * For the mutation path's `.catch`: a keyed error from the data layer (which does not know the
 * answer's language) is told again in `locale`; anything else passes unchanged.
 */
export function inLocale(locale: Locale) {
  return (error: unknown): never => {
    if (error instanceof AppError && error.keyed) {
      const { field, key, values } = error.keyed;
      throw error.status === 422 ? fieldInvalid(field, key, locale, values) : fieldConflict(field, key, locale, values);
    }
    throw error;
  };
}
