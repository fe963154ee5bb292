import { z } from "zod";

// Forms post strings; the API posts JSON. A mutation's schema is the JSON one (it feeds OpenAPI);
// a form's fields are turned into that shape first: empty fields become "absent", numeric fields
// numbers and line-separated fields lists, so both paths validate the same rules with one schema.
export type FormShape = { numbers?: readonly string[]; lines?: readonly string[]; lists?: readonly string[] };

export function formFields(raw: Record<string, unknown>, shape: FormShape = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string" && value.trim() === "") continue;
    if (typeof value === "string" && shape.numbers?.includes(key)) out[key] = toNumber(value);
    else if (typeof value === "string" && shape.lines?.includes(key)) out[key] = value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    else out[key] = value;
  }
  for (const key of shape.lists ?? []) out[key] ??= [];
  return out;
}

function toNumber(value: string): number | string {
  const n = Number(value.trim().replace(",", "."));
  return Number.isFinite(n) ? n : value;
}

// Messages of our own rules (zod's built-in ones come translated from zod-locale). The API answers
// with the English text; forms look the key up and show it in the user's language.
export const CUSTOM_MESSAGES = {
  dimensionRequired: "Choose which part of the alliance the marker concerns.",
  dimensionWithoutMarker: "A dimension is only given with a withdrawal or confrontation marker.",
  codeTaken: "This code is already in use in the clinic. Choose another.",
  codeFormat: "Use letters, digits, spaces, dots, dashes or underscores.",
  noteRequiredToDismiss: "Say briefly why the flag is dismissed.",
  numberTaken: "This episode already has a session with this number.",
  episodeEnded: "This treatment episode has ended.",
  episodeActive: "The patient already has an active treatment episode.",
  dateInFuture: "The date cannot be in the future.",
  endBeforeStart: "The end date is before the start date.",
} as const;
export type CustomMessageKey = keyof typeof CUSTOM_MESSAGES;

export function customMessageKey(message: string): CustomMessageKey | null {
  const hit = Object.entries(CUSTOM_MESSAGES).find(([, text]) => text === message);
  return hit ? (hit[0] as CustomMessageKey) : null;
}

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();

/** Today as YYYY-MM-DD in the clinic's zone (Europe/Oslo), for defaults and "not in the future". */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Dates are stored as UTC midnight of the calendar day. */
export const dateFromIso = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export const isoFromDate = (d: Date) => d.toISOString().slice(0, 10);
