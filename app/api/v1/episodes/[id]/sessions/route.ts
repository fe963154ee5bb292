import { z } from "zod";
import { apiMutation } from "@/lib/http";
import { logSession } from "@/lib/data/sessions";
import { isoFromDate } from "@/lib/validation/form-input";
import { parseJsonList } from "@/lib/json-list";
import { sessionCreateSchema } from "@/lib/validation/session";

export const POST = apiMutation({
  roles: ["THERAPIST"],
  schema: z.object({ id: z.string().min(1) }).and(sessionCreateSchema),
  run: (user, { id, ...input }) => logSession(user, id, input),
  status: 201,
  present: (s) => ({
    id: s.id,
    episodeId: s.episodeId,
    number: s.number,
    date: isoFromDate(s.date),
    therapist: { bond: s.therapistBond, goals: s.therapistGoals, tasks: s.therapistTasks },
    marker: s.marker,
    markerDimension: s.markerDimension,
    repairStrategies: parseJsonList(s.repairStrategies),
    note: s.note,
  }),
});
