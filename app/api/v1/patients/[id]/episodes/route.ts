import { z } from "zod";
import { apiMutation } from "@/lib/http";
import { createEpisode } from "@/lib/data/episodes";
import { episodeJson } from "@/lib/data/api-views";
import { episodeCreateSchema } from "@/lib/validation/episode";

// The patient id comes from the path (apiMutation merges route params over the body).
export const POST = apiMutation({
  roles: ["THERAPIST"],
  schema: episodeCreateSchema.extend({ id: z.string().min(1) }),
  run: (user, { id, ...input }) => createEpisode(user, id, input),
  status: 201,
  present: episodeJson,
});
