import { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { isValidationKey, validationMessage, type MessageValues, type ValidationKey } from "./messages";
import { genericMessage, isEmptyInput } from "./issue-messages";

// Every message of a zod issue is ours, in the answer's language, chosen in this order:
// 1. a rule of ours (a custom issue's `params.key`, a check made by `keyedCheck`/`keyedRegex`);
// 2. the field's own messages (`fieldMessages`): what to type when it is empty, what it takes;
// 3. our message for that kind of issue, with the field's bounds (lib/validation/issue-messages.ts).
// zod's catalogues are never consulted: the map always answers, and it is also zod's global
// fallback, so a parse that forgets to pass it still speaks our (English) words.
const keyedChecks = new WeakMap<object, ValidationKey>();
/** What a field says: `empty` when nothing was given, `invalid` for anything else it refuses. */
export type FieldSpec = { empty?: ValidationKey; invalid?: ValidationKey; values?: () => MessageValues };
const fieldSpecs = new WeakMap<object, FieldSpec>();

/** A check (e.g. `z.minLength(1)`) whose failure reads as one of our messages. */
export function keyedCheck<C extends object>(check: C, key: ValidationKey): C {
  keyedChecks.set(check, key);
  return check;
}

/** A regex check whose failure reads as one of our messages (the pattern still reaches OpenAPI). */
export function keyedRegex(pattern: RegExp, key: ValidationKey) {
  return keyedCheck(z.regex(pattern), key);
}

/** A text the user must fill in: absent or blank reads as our "required" message, not a type error. */
export function requiredText(max: number, { trim = true } = {}) {
  const text = trim ? z.string().trim() : z.string();
  return text.max(max).default("").check(keyedCheck(z.minLength(1), "required"));
}

type Walkable = { _zod: { def: { type: string; innerType?: Walkable; in?: Walkable; out?: Walkable; element?: Walkable; options?: Walkable[] } } };

/** The schema and those it wraps (optional, default, pipe, array elements, union options): where its issues arise. */
function* wrapped(schema: Walkable): Generator<Walkable> {
  yield schema;
  const def = schema._zod.def;
  for (const inner of [def.innerType, def.in, def.out, def.element, ...(def.options ?? [])]) if (inner) yield* wrapped(inner);
}

/**
 * Gives a field its own messages, for every issue it can raise. Call it on the whole field, last
 * (after `.optional()`, `.meta()`), and on a schema of its own: a shared one (`isoDate`) would lend
 * its messages to every field that uses it.
 */
export function fieldMessages<S extends z.ZodType>(schema: S, spec: FieldSpec): S {
  for (const s of wrapped(schema as unknown as Walkable)) fieldSpecs.set(s, spec);
  return schema;
}

function told(issue: z.core.$ZodRawIssue): [ValidationKey, MessageValues?] {
  const params = issue.code === "custom" ? (issue.params as { key?: unknown; values?: MessageValues } | undefined) : undefined;
  if (isValidationKey(params?.key)) return [params.key, params.values];
  const check = issue.inst ? keyedChecks.get(issue.inst) : undefined;
  if (check) return [check];
  // The schema that owns the failed check (zod stamps it), else the one that raised the issue.
  const owner = (issue as { schema?: object }).schema ?? issue.inst;
  const spec = owner ? fieldSpecs.get(owner) : undefined;
  const values = spec?.values?.();
  if (spec?.empty && isEmptyInput(issue.input)) return [spec.empty, values];
  if (spec?.invalid) return [spec.invalid, values];
  return genericMessage(issue, owner);
}

export function zodLocaleError(locale: Locale): z.core.$ZodErrorMap {
  return (issue) => {
    const [key, values] = told(issue);
    return validationMessage(key, locale, values);
  };
}

z.config({ localeError: zodLocaleError("en") });
