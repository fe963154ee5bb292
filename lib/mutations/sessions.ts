import { z } from "zod";
import { logSession } from "@/lib/data/sessions";
import { defineMutation } from "@/lib/mutation";
import { sessionCreateSchema } from "@/lib/validation/session";

/** A therapy session logged in treatment episode `id` (route parameter, or the form's hidden field). */
export const logSessionMutation = defineMutation({
  roles: ["THERAPIST"],
  schema: z.object({ id: z.string().min(1) }).and(sessionCreateSchema),
  form: { numbers: ["number", "therapistBond", "therapistGoals", "therapistTasks"], lists: ["repairStrategies"], required: ["date"] },
  run: (user, { id, ...input }) => logSession(user, id, input),
  revalidate: (s) => ["/caseload", `/episodes/${s.episodeId}`],
});
