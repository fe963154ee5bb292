import { apiMutation } from "@/lib/http/api";
import { logSessionMutation } from "@/lib/mutations/sessions";
import { isoFromDate } from "@/lib/validation/form-input";
import { parseJsonList } from "@/lib/json-list";

export const POST = apiMutation(logSessionMutation, {
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
