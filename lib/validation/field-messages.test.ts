import { afterEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { zodLocaleError } from "./zod-locale";
import { formFields } from "./form-input";
import { sessionCreateSchema } from "./session";
import { patientCreateRequest } from "./patient";

// What the session and new-patient forms say, field by field, for the fields as the browser posts
// them (lib/mutations/*: the same shapes).
const SESSION_FORM = { numbers: ["number", "therapistBond", "therapistGoals", "therapistTasks"], lists: ["repairStrategies"], required: ["date"] } as const;
const PATIENT_FORM = { numbers: ["birthYear"], lines: ["goals"], required: ["startDate"] } as const;

afterEach(() => {
  vi.useRealTimers();
});

function said(schema: z.ZodType, raw: unknown, locale: "en" | "nb") {
  const result = schema.safeParse(raw, { error: zodLocaleError(locale) });
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("the session form's messages", () => {
  const everyFieldWrong = { date: "", number: "abc", therapistBond: "11", therapistGoals: "-1", therapistTasks: "12", marker: "withdrawal", markerDimension: "", note: "x".repeat(1001) };

  it.each([
    ["en", { date: "Enter the date of the session.", number: "Enter the session number as a whole number from 1 to 1000.", therapistBond: "Choose a whole number from 0 to 10, or leave the field empty.", therapistGoals: "Choose a whole number from 0 to 10, or leave the field empty.", therapistTasks: "Choose a whole number from 0 to 10, or leave the field empty.", markerDimension: "Choose which part of the alliance the marker concerns.", note: "Keep the note to at most 1,000 characters." }],
    ["nb", { date: "Skriv inn datoen for timen.", number: "Skriv timenummeret som et helt tall fra 1 til 1000.", therapistBond: "Velg et helt tall fra 0 til 10, eller la feltet stå tomt.", therapistGoals: "Velg et helt tall fra 0 til 10, eller la feltet stå tomt.", therapistTasks: "Velg et helt tall fra 0 til 10, eller la feltet stå tomt.", markerDimension: "Velg hvilken del av alliansen markøren gjelder.", note: "Notatet kan ha høyst 1000 tegn." }],
  ] as const)("every field wrong at once, %s: one message each, all at once", (locale, expected) => {
    expect(said(sessionCreateSchema, formFields(everyFieldWrong, SESSION_FORM), locale)).toEqual(expected);
  });

  it("a date after today has its own message (no conflict), a malformed one says how to write it", () => {
    expect(said(sessionCreateSchema, { date: "2999-01-01" }, "en")).toEqual({ date: "The date cannot be after today. Choose today or an earlier day." });
    expect(said(sessionCreateSchema, { date: "1.2.2026" }, "nb")).toEqual({ date: "Skriv en gyldig dato som år-måned-dag (for eksempel 2026-03-14)." });
  });

  it("the API may leave the date out (today); the form's cleared date is refused", () => {
    expect(sessionCreateSchema.safeParse({}).success).toBe(true);
    expect(said(sessionCreateSchema, formFields({ date: " " }, SESSION_FORM), "en")).toEqual({ date: "Enter the date of the session." });
  });
});

describe("the new-patient form's messages", () => {
  it.each([
    ["en", { code: "Enter a code for the patient, for example AB-12.", birthYear: "Enter the year of birth as four digits, from 1900 to 2026, or leave the field empty.", modality: "Choose a modality from the list.", "goals.0": "Write at most 8 goals, one per line, each of at most 140 characters.", startDate: "Enter the date the treatment episode starts." }],
    ["nb", { code: "Skriv en kode for pasienten, for eksempel AB-12.", birthYear: "Skriv fødselsåret med fire sifre, fra 1900 til 2026, eller la feltet stå tomt.", modality: "Velg en behandlingsform fra listen.", "goals.0": "Skriv høyst 8 mål, ett per linje, hvert på høyst 140 tegn.", startDate: "Skriv inn datoen behandlingsforløpet starter." }],
  ] as const)("every field wrong at once, %s", (locale, expected) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T12:00:00Z"));
    const fields = formFields({ code: " ", birthYear: "nineteen", modality: "hypnosis", goals: "x".repeat(141), startDate: "" }, PATIENT_FORM);
    expect(said(patientCreateRequest, fields, locale)).toEqual(expected);
  });

  it("a code with characters it does not take says which it takes, and only that", () => {
    expect(said(patientCreateRequest, { code: "-AB" }, "en")).toEqual({ code: "Use letters, digits, spaces, dots, dashes or underscores." });
  });
});

describe("the year of birth's bound moves at New Year, without a restart", () => {
  it("2027 is refused on New Year's Eve and taken from midnight in Oslo, by the same schema", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-31T22:30:00Z")); // 23:30 in Oslo
    expect(said(patientCreateRequest, { code: "NY-1", birthYear: 2027 }, "en")).toEqual({ birthYear: "Enter the year of birth as four digits, from 1900 to 2026, or leave the field empty." });
    vi.setSystemTime(new Date("2026-12-31T23:30:00Z")); // 00:30 on 1 January in Oslo
    expect(patientCreateRequest.safeParse({ code: "NY-1", birthYear: 2027 }).success).toBe(true);
    expect(said(patientCreateRequest, { code: "NY-1", birthYear: 2028 }, "nb")).toEqual({ birthYear: "Skriv fødselsåret med fire sifre, fra 1900 til 2027, eller la feltet stå tomt." });
  });
});
