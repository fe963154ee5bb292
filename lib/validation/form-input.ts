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

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();

/** Today as YYYY-MM-DD in the clinic's zone (Europe/Oslo), for defaults and "not in the future". */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Dates are stored as UTC midnight of the calendar day. */
export const dateFromIso = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export const isoFromDate = (d: Date) => d.toISOString().slice(0, 10);
