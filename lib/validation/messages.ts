import type { Locale } from "@/lib/i18n/config";
import { AppError } from "@/lib/errors";
import enWorkspace from "@/lib/i18n/messages/en/workspace.json";
import nbWorkspace from "@/lib/i18n/messages/nb/workspace.json";

// Our own validation rules (zod's built-in messages come from zod's catalogues). A rule names its
// message by key; the text comes from the `workspaceErrors` messages in the answer's language, for
// a form and an API answer alike. Nothing is ever matched back from its text.
export const VALIDATION_KEYS = [
  "dimensionRequired",
  "dimensionWithoutMarker",
  "codeTaken",
  "codeFormat",
  "instrumentUnknown",
  "instrumentMissingText",
  "patientCodeUnknown",
  "noteRequiredToDismiss",
  "numberTaken",
  "episodeEnded",
  "episodeActive",
  "dateInFuture",
  "endBeforeStart",
  "rolesRequired",
  "emailTaken",
  "lastAdmin",
  "selfLockout",
  "selfReset",
  "notSupervisor",
  "notTherapist",
  "userInactive",
  "selfSupervision",
  "pairExists",
  "sameTherapist",
  "noPatients",
  "required",
  "passwordTooShort",
  "passwordTooLong",
  "passwordCommon",
  "passwordPersonal",
  "passwordsDiffer",
  "passwordUnchanged",
  "currentPasswordWrong",
  "setupCodeWrong",
  "noteTooLong",
  "meetingDateRange",
] as const satisfies readonly (keyof typeof enWorkspace.workspaceErrors & keyof typeof nbWorkspace.workspaceErrors)[];
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

const catalogues = { en: enWorkspace.workspaceErrors, nb: nbWorkspace.workspaceErrors } satisfies Record<Locale, Record<ValidationKey, string>>;

export function isValidationKey(value: unknown): value is ValidationKey {
  return typeof value === "string" && (VALIDATION_KEYS as readonly string[]).includes(value);
}

export function validationMessage(key: ValidationKey, locale: Locale): string {
  return catalogues[locale][key];
}

/** The params of a zod custom issue for one of our rules: `ctx.addIssue({ code: "custom", path, ...keyed(key) })`. */
export function keyed(key: ValidationKey): { params: { key: ValidationKey } } {
  return { params: { key } };
}

/** A conflict that belongs to one field of a form (a taken code or number, a date out of order), named by key. */
export function fieldConflict(field: string, key: ValidationKey, locale: Locale = "en"): AppError {
  const message = validationMessage(key, locale);
  return new AppError(409, "conflict", message, { [field]: [message] }, { field, key });
}

/** A data-layer check of one field that the schema could not make (it needs the user or the database), named by key. */
export function fieldInvalid(field: string, key: ValidationKey, locale: Locale = "en"): AppError {
  const message = validationMessage(key, locale);
  return new AppError(422, "invalid", message, { [field]: [message] }, { field, key });
}

/**
 * For the mutation path's `.catch`: a keyed conflict from the data layer (which does not know the
 * answer's language) is told again in `locale`; anything else passes unchanged.
 */
export function inLocale(locale: Locale) {
  return (error: unknown): never => {
    if (error instanceof AppError && error.keyed) {
      const { field, key } = error.keyed;
      throw error.status === 422 ? fieldInvalid(field, key, locale) : fieldConflict(field, key, locale);
    }
    throw error;
  };
}
