import { z } from "zod";
import { fromForm } from "./form-input";
import { keyedRegex } from "./zod-locale";
import { episodeCreateSchema } from "./episode";

// Patients are pseudonymous: a short code chosen by the therapist (no names, no national ID) and an
// optional year of birth.
export const patientCode = z
  .string()
  .trim()
  .min(1)
  .max(24)
  .check(keyedRegex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, "codeFormat"))
  .meta({ description: "Pseudonymous display code chosen by the therapist (no names or national IDs).", example: "AB-12" });

export const patientCreateSchema = z.object({
  code: patientCode,
  birthYear: z.int().min(1900).max(new Date().getUTCFullYear()).optional().meta({ example: 1984 }),
});
export type PatientCreateInput = z.output<typeof patientCreateSchema>;

/** The "new patient" form creates the patient and starts the first treatment episode together. */
export const patientWithEpisodeSchema = patientCreateSchema.extend(episodeCreateSchema.shape);
export const patientWithEpisodeForm = fromForm(patientWithEpisodeSchema, { numbers: ["birthYear"], lines: ["goals"] });
export type PatientWithEpisodeInput = z.output<typeof patientWithEpisodeSchema>;

export const patientListQuery = z.object({
  q: z.string().trim().max(24).optional(),
  filter: z.enum(["all", "attention"]).default("all"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type PatientListQuery = z.output<typeof patientListQuery>;
