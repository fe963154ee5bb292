/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import enWorkspace from "@/lib/i18n/messages/en/workspace.json";
import nbWorkspace from "@/lib/i18n/messages/nb/workspace.json";
import type { Locale } from "@/lib/i18n/config";
import type { MutationDef } from "@/lib/mutation";
import { BRIEF_ALLIANCE_CHECK } from "@/lib/alliance";
import { zodLocaleError } from "@/lib/validation/zod-locale";
import { formFields } from "@/lib/validation/form-input";
import { ratingSubmissionSchema } from "@/lib/validation/rating";

// Every message a form or an API answer can carry for bad input is one of ours: each schema of
// every mutation (lib/mutations/*, the forms and the REST API share them) and every schema of
// lib/validation (the API's queries among them) is fed bad values of every kind, as JSON and as
// posted form fields, in both languages, and each message must be a text of our catalogue and
// nothing zod's own catalogues (en, no) would say. New mutations and schemas are picked up by the
// globs below without touching this file.
const mutationModules = import.meta.glob<Record<string, unknown>>("/lib/mutations/*.ts", { eager: true });
const validationModules = import.meta.glob<Record<string, unknown>>(["/lib/validation/*.ts", "!/lib/validation/*.test.ts"], { eager: true });

type Def = MutationDef<z.ZodType, unknown>;
const isSchema = (v: unknown): v is z.ZodType => v instanceof z.ZodType;
const isDef = (v: unknown): v is Def => typeof v === "object" && v !== null && isSchema((v as { schema?: unknown }).schema) && typeof (v as { run?: unknown }).run === "function";

const defs = Object.entries(mutationModules).flatMap(([file, m]) => Object.entries(m).filter(([, v]) => isDef(v)).map(([name, v]) => [`${file}:${name}`, v as Def] as const));
const schemas = [
  ...defs.map(([name, def]) => [name, def.schema] as const),
  ...Object.entries(validationModules).flatMap(([file, m]) => Object.entries(m).filter(([, v]) => isSchema(v)).map(([name, v]) => [`${file}:${name}`, v as z.ZodType] as const)),
];

// Values of every kind a client can send: missing, blank, wrong type, too long, out of range, badly formed.
const ATOMS: unknown[] = [undefined, null, "", "   ", "x", "x".repeat(5000), "-x", 0, -1, 1.5, 11, 1e9, -1e9, Number.MAX_SAFE_INTEGER * 4, true, [], {}, ["x"], [1, 2], "2026-13-45", "9999-12-31", "1899-01-01", "not-an-email", "none", "1,5", "abc"];
const STRING_ATOMS = ATOMS.filter((a): a is string => typeof a === "string");

type Def_ = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; left?: z.ZodType; right?: z.ZodType; options?: z.ZodType[]; element?: z.ZodType };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def_ } })._zod.def;

/** The fields of an object schema (through wrappers, pipes, intersections and unions). */
function shapeOf(s: z.ZodType): Record<string, z.ZodType> {
  const d = def(s);
  if (d.type === "object") return d.shape ?? {};
  if (d.type === "intersection") return { ...shapeOf(d.left!), ...shapeOf(d.right!) };
  if (d.type === "union") return Object.assign({}, ...d.options!.map(shapeOf));
  const inner = d.innerType ?? d.in;
  return inner ? shapeOf(inner) : {};
}

/** Bad inputs for a schema: every atom as the whole, in every field at once, and field by field (nested, two levels). */
function badInputs(s: z.ZodType, depth = 0): unknown[] {
  const shape = shapeOf(s);
  const keys = Object.keys(shape);
  const element = def(s).type === "array" ? def(s).element : undefined;
  const out: unknown[] = [...ATOMS];
  if (element) out.push(...ATOMS.map((a) => [a]));
  if (!keys.length) return out;
  out.push(...ATOMS.map((a) => Object.fromEntries(keys.map((k) => [k, a]))));
  out.push({ ...Object.fromEntries(keys.map((k) => [k, "x"])), notAField: 1, ["x".repeat(100)]: 2 });
  if (depth < 2) for (const k of keys) for (const v of badInputs(shape[k], depth + 1)) out.push({ [k]: v });
  return out;
}

const templates = (messages: Record<string, string>) =>
  Object.values(messages).map((m) => new RegExp(`^${m.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, ".+")}$`, "s"));
const OURS = { en: templates(enWorkspace.workspaceErrors), nb: templates(nbWorkspace.workspaceErrors) };
const zodSays = [z.locales.en().localeError, z.locales.no().localeError];
const ZOD_PHRASES = /^(Invalid|Too (big|small)|Unrecognized key|Ugyldig|For (stor|lite)|Ukjente? nøkk)/;
const MARKER = "§zod-fallback§";

function messagesOf(schema: z.ZodType, raw: unknown, locale: Locale): z.core.$ZodIssue[] {
  const result = schema.safeParse(raw, { error: zodLocaleError(locale) });
  return result.success ? [] : result.error.issues;
}

function notZods(issue: z.core.$ZodIssue, where: string) {
  expect(issue.message, where).not.toBe(MARKER);
  expect(issue.message, where).not.toMatch(ZOD_PHRASES);
  for (const say of zodSays) expect(issue.message, where).not.toBe(say(issue as unknown as z.core.$ZodRawIssue));
}

describe("every validation message is one of ours", () => {
  // Anything left to zod's global fallback would show as the marker.
  beforeAll(() => z.config({ localeError: () => MARKER }));
  afterAll(() => z.config({ localeError: zodLocaleError("en") }));

  it("finds the mutations and schemas to check", () => {
    expect(defs.map(([name]) => name)).toEqual(expect.arrayContaining([expect.stringMatching(/logSessionMutation$/), expect.stringMatching(/createPatientMutation$/)]));
    expect(schemas.length).toBeGreaterThan(defs.length);
  });

  it.each(schemas.map(([name, schema]) => [name, schema] as const))("%s: JSON inputs", (name, schema) => {
    for (const locale of ["en", "nb"] as const) {
      let seen = 0;
      for (const raw of badInputs(schema)) {
        for (const issue of messagesOf(schema, raw, locale)) {
          const where = `${name} ${locale} ${JSON.stringify(raw)?.slice(0, 120)} → ${issue.path.join(".")}`;
          notZods(issue, where);
          expect(OURS[locale].some((t) => t.test(issue.message)), `${where}: "${issue.message}" is not in our catalogue`).toBe(true);
          seen++;
        }
      }
      expect(seen, `${name} refused nothing`).toBeGreaterThan(0);
    }
  });

  it.each(defs.map(([name, d]) => [name, d] as const))("%s: posted form fields", (name, d) => {
    const keys = Object.keys(shapeOf(d.schema));
    for (const locale of ["en", "nb"] as const) {
      for (const value of STRING_ATOMS) {
        const fields = formFields(Object.fromEntries(keys.map((k) => [k, value])), d.form);
        for (const issue of messagesOf(d.schema, d.fromForm ? d.fromForm(fields) : fields, locale)) {
          const where = `${name} ${locale} form ${JSON.stringify(value).slice(0, 40)} → ${issue.path.join(".")}`;
          notZods(issue, where);
          expect(OURS[locale].some((t) => t.test(issue.message)), `${where}: "${issue.message}"`).toBe(true);
        }
      }
    }
  });

  it("the patient's rating, whose messages name the question, never says zod's words", () => {
    for (const locale of ["en", "nb"] as const) {
      const schema = ratingSubmissionSchema(BRIEF_ALLIANCE_CHECK, locale);
      const issues = badInputs(schema).flatMap((raw) => messagesOf(schema, raw, locale));
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) notZods(issue, `rating ${locale} → ${issue.path.join(".")}`);
    }
  });

  it("a parse that forgets to pass our map still speaks our words (zod's global fallback is ours)", () => {
    z.config({ localeError: zodLocaleError("en") });
    expect(z.string().safeParse(1).error?.issues[0].message).toBe("Enter this as text.");
    expect(z.int().max(10).safeParse(11).error?.issues[0].message).toBe("Choose a number of 10 or less.");
    z.config({ localeError: () => MARKER });
  });
});
