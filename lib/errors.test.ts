import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import enCommon from "@/lib/i18n/messages/en/common.json";
import nbCommon from "@/lib/i18n/messages/nb/common.json";
import enWorkspace from "@/lib/i18n/messages/en/workspace.json";
import nbWorkspace from "@/lib/i18n/messages/nb/workspace.json";
import { AppError, ERROR_CODES, answerCode, type AnswerCode } from "@/lib/errors";
import { VALIDATION_KEYS, fieldConflict, inLocale } from "@/lib/validation/messages";
import { zodLocaleError } from "@/lib/validation/zod-locale";
import { patientCreateSchema } from "@/lib/validation/patient";
import { ruptureReviewSchema } from "@/lib/validation/rupture";
import { sessionCreateSchema } from "@/lib/validation/session";

// Error codes are one closed list shared by the server and the UI, and our own validation messages
// are told by key in the answer's language. These tests keep the list, the throws and the messages
// in step: a code thrown but not listed fails to compile; a code listed but never thrown, or one
// without a message in either language, fails here.
const PAGE_TEXTS = ["notFoundTitle", "notFoundText", "errorTitle", "errorText", "retry", "home"];
// Every code has its message: a missing one fails to compile.
const typed: { en: Record<AnswerCode, string>; nb: Record<AnswerCode, string> } = { en: enCommon.errors, nb: nbCommon.errors };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("error codes", () => {
  it("every listed code is thrown somewhere, and every thrown code is listed", () => {
    const text = ["app", "lib", "components"].flatMap(sources).map((f) => readFileSync(f, "utf8")).join("\n");
    const thrown = new Set([...text.matchAll(/new AppError\(\s*\d{3},\s*"([a-z_]+)"/g)].map((m) => m[1]));
    expect([...thrown].sort()).toEqual([...ERROR_CODES].sort());
  });

  it("the errors messages hold one entry per code and for internal, in both languages, and nothing else", () => {
    for (const messages of [enCommon.errors, nbCommon.errors]) {
      expect(Object.keys(messages).filter((k) => !PAGE_TEXTS.includes(k)).sort()).toEqual([...ERROR_CODES, "internal"].sort());
    }
    expect(typed.nb.conflict).toBe("Dette er endret av noen andre eller finnes allerede.");
  });

  it("the UI reads an unknown or missing code as internal", () => {
    expect([answerCode("conflict"), answerCode("no_such_code"), answerCode(undefined)]).toEqual(["conflict", "internal", "internal"]);
  });
});

describe("our validation messages", () => {
  it("have a text in both languages for every key", () => {
    for (const messages of [enWorkspace.workspaceErrors, nbWorkspace.workspaceErrors]) {
      expect(Object.keys(messages).filter((k) => k !== "summary").sort()).toEqual([...VALIDATION_KEYS].sort());
    }
  });

  it("zod issues of our rules are told by key in the answer's language", () => {
    const messages = (schema: z.ZodType, raw: unknown, locale: "en" | "nb") => {
      const result = schema.safeParse(raw, { error: zodLocaleError(locale) });
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(messages(ruptureReviewSchema, { ruptureId: "r1", review: "dismissed" }, "nb")).toEqual([nbWorkspace.workspaceErrors.noteRequiredToDismiss]);
    expect(messages(ruptureReviewSchema, { ruptureId: "r1", review: "dismissed" }, "en")).toEqual(["Say briefly why the flag is dismissed."]);
    expect(messages(sessionCreateSchema, { marker: "withdrawal" }, "nb")).toEqual([nbWorkspace.workspaceErrors.dimensionRequired]);
    expect(messages(patientCreateSchema, { code: "-x" }, "nb")).toEqual([nbWorkspace.workspaceErrors.codeFormat]);
    // What zod would have said in its own words is ours too, from the field.
    expect(messages(patientCreateSchema, { code: "" }, "en")).toEqual(["Enter a code for the patient, for example AB-12."]);
    expect(messages(patientCreateSchema, { code: "AB-1", birthYear: 1800 }, "nb")).toEqual([`Skriv fødselsåret med fire sifre, fra 1900 til ${new Date().getFullYear()}, eller la feltet stå tomt.`]);
  });

  it("a keyed conflict from the data layer is told again in the answer's language", () => {
    const error = fieldConflict("code", "codeTaken");
    expect(error).toMatchObject({ status: 409, code: "conflict", fieldErrors: { code: [enWorkspace.workspaceErrors.codeTaken] } });
    let told: unknown;
    try {
      inLocale("nb")(error);
    } catch (e) {
      told = e;
    }
    expect(told).toBeInstanceOf(AppError);
    expect(told).toMatchObject({ status: 409, message: nbWorkspace.workspaceErrors.codeTaken, fieldErrors: { code: [nbWorkspace.workspaceErrors.codeTaken] } });
  });
});
