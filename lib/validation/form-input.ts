import { z } from "zod";

// Forms post strings; the API posts JSON. The API schemas are the real ones (and feed OpenAPI);
// a form schema wraps one with this preprocess, which turns empty fields into "absent", numeric
// fields into numbers and line-separated fields into lists, so both paths validate the same rules.
export type FormShape = { numbers?: readonly string[]; lines?: readonly string[]; lists?: readonly string[] };

export function fromForm<S extends z.ZodType>(schema: S, shape: FormShape = {}) {
  return z.preprocess((raw) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof value === "string" && value.trim() === "") continue;
      if (typeof value === "string" && shape.numbers?.includes(key)) out[key] = toNumber(value);
      else if (typeof value === "string" && shape.lines?.includes(key)) out[key] = value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      else out[key] = value;
    }
    for (const key of shape.lists ?? []) out[key] ??= [];
    return out;
  }, schema);
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
