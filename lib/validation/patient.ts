import { z } from "zod";
import { fieldMessages, keyedRegex } from "./zod-locale";
import { episodeCreateSchema } from "./episode";
import { currentYear } from "./form-input";
import { keyed } from "./messages";

// Patients are pseudonymous: a short code chosen by the therapist (no names, no national ID) and an
// optional year of birth. (The code's pattern takes "" so an empty code hears only "enter a code".)
export const patientCode = fieldMessages(
  z
    .string()
    .trim()
    .min(1)
    .max(24)
    .check(keyedRegex(/^(?:[\p{L}\p{N}][\p{L}\p{N} ._-]*)?$/u, "codeFormat"))
    .meta({ description: "Pseudonymous display code chosen by the therapist (no names or national IDs).", example: "AB-12" }),
  { empty: "patientCodeRequired", invalid: "patientCodeLength" },
);

// The latest year of birth is this year, read at each parse: a bound fixed when the module loaded
// would refuse a baby born after New Year until the server restarted.
const BIRTH_YEAR_MIN = 1900;
const birthYearValues = () => ({ max: currentYear() });
export const birthYear = fieldMessages(
  z
    .int()
    .min(BIRTH_YEAR_MIN)
    .superRefine((year, ctx) => {
      if (year > currentYear()) ctx.addIssue({ code: "custom", ...keyed("birthYearRange", birthYearValues()) });
    })
    .optional()
    .meta({ description: "From 1900 to the current year.", example: 1984 }),
  { invalid: "birthYearRange", values: birthYearValues },
);

export const patientCreateSchema = z.object({ code: patientCode, birthYear });
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
