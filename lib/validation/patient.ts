import { z } from "zod";
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

/** A patient with their first treatment episode (what the "new patient" form creates). */
export const patientWithEpisodeSchema = patientCreateSchema.extend(episodeCreateSchema.shape);
export type PatientWithEpisodeInput = z.output<typeof patientWithEpisodeSchema>;

/**
 * The one "create a patient" input, for the form and the REST API: with a modality, the patient's
 * first treatment episode starts at once (the form always sends one); without, the patient alone.
 */
export const patientCreateRequest = patientCreateSchema.extend({
  ...episodeCreateSchema.shape,
  modality: episodeCreateSchema.shape.modality.optional().meta({ description: "Starts the patient's first treatment episode with this modality (and the goals and start date given)." }),
});

export const patientListQuery = z.object({
  q: z.string().trim().max(24).optional(),
  filter: z.enum(["all", "attention"]).default("all"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type PatientListQuery = z.output<typeof patientListQuery>;
