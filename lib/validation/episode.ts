import { z } from "zod";
import { isoDateField, notAfterToday } from "./form-input";
import { MODALITIES } from "./modalities";
import { fieldMessages } from "./zod-locale";

export { MODALITIES, type Modality } from "./modalities";

/** A date of an episode: a real date, not after today; `empty` is what the form says when it is cleared. */
const episodeDate = (empty: "startDateRequired" | "endDateRequired") =>
  fieldMessages(isoDateField().superRefine(notAfterToday).optional().meta({ description: "Defaults to today; not after today." }), { empty, invalid: "dateFormat" });

export const episodeCreateSchema = z.object({
  modality: fieldMessages(z.enum(MODALITIES), { invalid: "modalityChoice" }),
  goals: fieldMessages(
    z
      .array(z.string().trim().min(1).max(140))
      .max(8)
      .default([])
      .meta({ description: "The agreed goals of therapy, as a short list of short texts.", example: ["Sleep through the night"] }),
    { invalid: "goalsList" },
  ),
  startDate: episodeDate("startDateRequired"),
});
export type EpisodeCreateInput = z.output<typeof episodeCreateSchema>;

export const episodeEndSchema = z.object({
  endDate: episodeDate("endDateRequired"),
});
