import { z } from "zod";
import { createEpisode, endEpisode } from "@/lib/data/episodes";
import { defineMutation } from "@/lib/mutation";
import { episodeCreateSchema, episodeEndSchema } from "@/lib/validation/episode";

// `id` is the record acted on: the route parameter in the REST API, a hidden field in the form.

/** A new treatment episode for patient `id` (one active episode per patient). */
export const startEpisodeMutation = defineMutation({
  roles: ["THERAPIST"],
  schema: episodeCreateSchema.extend({ id: z.string().min(1) }),
  form: { lines: ["goals"], required: ["startDate"] },
  run: (user, { id, ...input }) => createEpisode(user, id, input),
  revalidate: (e) => ["/caseload", `/patients/${e.patientId}`],
});

/** Ends treatment episode `id`. */
export const endEpisodeMutation = defineMutation({
  roles: ["THERAPIST"],
  schema: episodeEndSchema.extend({ id: z.string().min(1) }),
  form: { required: ["endDate"] },
  run: (user, { id, ...input }) => endEpisode(user, id, input),
  revalidate: (e) => ["/caseload", `/episodes/${e.id}`, `/patients/${e.patientId}`],
});
