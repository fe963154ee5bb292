import { z } from "zod";
import { isoDate } from "./form-input";

export const MODALITIES = ["cbt", "psychodynamic", "trauma-focused", "other"] as const;
export type Modality = (typeof MODALITIES)[number];

export const episodeCreateSchema = z.object({
  modality: z.enum(MODALITIES),
  goals: z
    .array(z.string().trim().min(1).max(140))
    .max(8)
    .default([])
    .meta({ description: "The agreed goals of therapy, as a short list of short texts.", example: ["Sleep through the night"] }),
  startDate: isoDate.optional().meta({ description: "Defaults to today." }),
});
export type EpisodeCreateInput = z.output<typeof episodeCreateSchema>;

export const episodeEndSchema = z.object({
  endDate: isoDate.optional().meta({ description: "Defaults to today." }),
});
