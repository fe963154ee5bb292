import type { z } from "zod";
import type { MessageValues, ValidationKey } from "./messages";

// The message of a zod issue that no field or rule of ours names more exactly: chosen from the kind
// of issue and the field's own bounds, so it still says what to do ("Choose a number from 1 to 336",
// "Use at most 100 characters"). zod's own texts are never used (lib/validation/zod-locale.ts).
export type Told = [ValidationKey, MessageValues?];
type Issue = z.core.$ZodRawIssue;
type CheckDef = { check?: string; value?: unknown; inclusive?: boolean; format?: string };
type Schema = { _zod: { def: { type?: string; checks?: { _zod: { def: CheckDef } }[] } & CheckDef } };

/** Nothing was given: absent, null, or only spaces. */
export function isEmptyInput(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && input.trim() === "");
}

type Bounds = { min?: number; minIncl: boolean; max?: number; maxIncl: boolean; int: boolean };
const SAFE = Number.MAX_SAFE_INTEGER;

/** A number field's range, folded from its checks (z.int() is its own first check). */
function numberBounds(schema: Schema | undefined, issue: Issue): Bounds {
  const b: Bounds = { minIncl: true, maxIncl: true, int: false };
  const checks = schema?._zod.def.type === "number" ? [schema, ...(schema._zod.def.checks ?? [])] : [];
  for (const ch of checks) {
    const d = ch._zod.def;
    if (d.check === "number_format" && d.format?.includes("int")) b.int = true;
    if (typeof d.value !== "number") continue;
    if (d.check === "greater_than" && (b.min === undefined || d.value >= b.min)) [b.min, b.minIncl] = [d.value, d.inclusive ?? true];
    if (d.check === "less_than" && (b.max === undefined || d.value <= b.max)) [b.max, b.maxIncl] = [d.value, d.inclusive ?? true];
  }
  // Without the schema (or for a bound the issue alone knows), the issue's own limit.
  const i = issue as { code: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean; expected?: string };
  if (b.min === undefined && i.code === "too_small" && typeof i.minimum === "number") [b.min, b.minIncl] = [i.minimum, i.inclusive ?? true];
  if (b.max === undefined && i.code === "too_big" && typeof i.maximum === "number") [b.max, b.maxIncl] = [i.maximum, i.inclusive ?? true];
  if (i.expected === "int") b.int = true;
  // The safe-integer range of z.int() is no bound a person should read.
  if (b.min !== undefined && Math.abs(b.min) >= SAFE) b.min = undefined;
  if (b.max !== undefined && Math.abs(b.max) >= SAFE) b.max = undefined;
  return b;
}

/** "Choose a (whole) number from … to …", or the one bound there is, or "Enter a number". */
function numberMessage(b: Bounds): Told {
  const { min, max } = b;
  if (min !== undefined && max !== undefined) {
    if (b.minIncl && b.maxIncl) return [b.int ? "wholeNumberRange" : "numberRange", { min, max }];
    return [b.minIncl ? "numberFromBelow" : "numberAboveAtMost", { min, max }];
  }
  if (min !== undefined) return [b.minIncl ? "numberAtLeast" : "numberAbove", { min }];
  if (max !== undefined) return [b.maxIncl ? "numberAtMost" : "numberBelow", { max }];
  return [b.int ? "enterWholeNumber" : "enterNumber"];
}

const FORMATS: Partial<Record<string, ValidationKey>> = { date: "dateFormat", email: "emailFormat", regex: "textPattern" };
const TYPES: Partial<Record<string, ValidationKey>> = { string: "enterText", boolean: "chooseTrueFalse", array: "giveList", object: "giveObject" };

/** Keys a client sent that the schema does not take, shortened so a message never grows with the input. */
function keyList(keys: unknown): string {
  const list = Array.isArray(keys) ? keys.map(String) : [];
  return list.slice(0, 3).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)).join(", ") + (list.length > 3 ? ", …" : "");
}

/** Our message for any zod issue, from its kind and the schema that raised it. */
export function genericMessage(issue: Issue, owner: unknown): Told {
  const schema = owner as Schema | undefined;
  const i = issue as Issue & { origin?: string; expected?: string; format?: string; keys?: unknown; minimum?: unknown; maximum?: unknown };
  const numeric = i.origin === "number" || i.origin === "int" || i.expected === "number" || i.expected === "int";
  const sized = (short: ValidationKey, long: ValidationKey): Told => (i.code === "too_big" ? [long, { max: Number(i.maximum) }] : [short, { min: Number(i.minimum) }]);
  switch (i.code) {
    case "invalid_type":
      if (isEmptyInput(i.input)) return ["required"];
      return numeric ? numberMessage(numberBounds(schema, issue)) : [TYPES[i.expected ?? ""] ?? "checkValue"];
    case "too_big":
    case "too_small":
      if (numeric) return numberMessage(numberBounds(schema, issue));
      if (i.origin === "string") return isEmptyInput(i.input) ? ["required"] : sized("textTooShort", "textTooLong");
      if (i.origin === "array" || i.origin === "set") return sized("listTooShort", "listTooLong");
      return ["checkValue"];
    case "not_multiple_of":
      return numberMessage(numberBounds(schema, issue));
    case "invalid_format":
      return isEmptyInput(i.input) ? ["required"] : [FORMATS[i.format ?? ""] ?? "formatWrong"];
    case "invalid_value": {
      // The choices are ours (an enum's values), never the client's input.
      const options = (issue as { values?: unknown[] }).values ?? [];
      return options.length && options.length <= 12 ? ["chooseOneOf", { options: options.map(String).join(", ") }] : ["chooseOption"];
    }
    case "invalid_union":
      return ["chooseOption"];
    case "unrecognized_keys":
      return ["unknownFields", { keys: keyList(i.keys) }];
    default:
      return ["checkValue"];
  }
}
