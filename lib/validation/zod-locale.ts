import { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { isValidationKey, validationMessage, type ValidationKey } from "./messages";

// zod's own message catalogues, chosen per request: the Norwegian one for bokmål users. Our own
// rules carry a key (a custom issue's `params.key`, or a check made by `keyedRegex`) and get their
// text from our messages in the same language.
const maps = { en: z.locales.en().localeError, nb: z.locales.no().localeError };
const keyedChecks = new WeakMap<object, ValidationKey>();

/** A check (e.g. `z.minLength(1)`) whose failure reads as one of our messages. */
export function keyedCheck<C extends object>(check: C, key: ValidationKey): C {
  keyedChecks.set(check, key);
  return check;
}

/** A regex check whose failure reads as one of our messages (the pattern still reaches OpenAPI). */
export function keyedRegex(pattern: RegExp, key: ValidationKey) {
  return keyedCheck(z.regex(pattern), key);
}

/** A text the user must fill in: absent or blank reads as our "required" message, not zod's type error. */
export function requiredText(max: number, { trim = true } = {}) {
  const text = trim ? z.string().trim() : z.string();
  return text.max(max).default("").check(keyedCheck(z.minLength(1), "required"));
}

export function zodLocaleError(locale: Locale): z.core.$ZodErrorMap {
  return (issue) => {
    const key = issue.code === "custom" ? issue.params?.key : issue.inst ? keyedChecks.get(issue.inst) : undefined;
    return isValidationKey(key) ? validationMessage(key, locale) : maps[locale](issue);
  };
}
