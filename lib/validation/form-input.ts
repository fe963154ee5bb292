import { z } from "zod";
import type { ValidationKey } from "./messages";

// Forms post strings; the API posts JSON. A mutation's schema is the JSON one (it feeds OpenAPI);
// a form's fields are turned into that shape first: empty fields become "absent", numeric fields
// numbers and line-separated fields lists, so both paths validate the same rules with one schema.
// A field the form always fills in (a date it shows pre-set) is `required`: emptied, it stays "" for
// the schema to answer "enter the date", where the API's absent field takes the default.
export type FormShape = { numbers?: readonly string[]; lines?: readonly string[]; lists?: readonly string[]; required?: readonly string[] };

export function formFields(raw: Record<string, unknown>, shape: FormShape = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string" && value.trim() === "") {
      if (shape.required?.includes(key)) out[key] = "";
      continue;
    }
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

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();
/** A calendar date of its own, for a field that gets its own messages (`fieldMessages`). */
export const isoDateField = () => z.iso.date();

/** Today as YYYY-MM-DD in the clinic's zone (Europe/Oslo), for defaults and "not in the future". */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Dates are stored as UTC midnight of the calendar day. */
export const dateFromIso = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export const isoFromDate = (d: Date) => d.toISOString().slice(0, 10);

// The key is written out rather than built with `keyed`: client forms import this module, and
// lib/validation/messages.ts would bring both message catalogues into their bundle.
/** A check for a date field: not after today (the clinic's today, computed at each parse, never at load). */
export function notAfterToday(value: string, ctx: z.RefinementCtx): void {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && value > todayIso()) ctx.addIssue({ code: "custom", params: { key: "dateInFuture" satisfies ValidationKey } });
}

/** This calendar year in the clinic's zone, at the moment of asking (a bound that moves at New Year). */
export const currentYear = (now = new Date()) => Number(todayIso(now).slice(0, 4));
