import { z } from "zod";
import { DIMENSIONS, MARKERS, REPAIR_STRATEGY_IDS, type Dimension, type Marker, type RepairStrategyId } from "@/lib/alliance";
import { isoDateField, notAfterToday } from "./form-input";
import { keyed } from "./messages";
import { fieldMessages } from "./zod-locale";

const rating = () => fieldMessages(z.int().min(0).max(10).optional(), { invalid: "therapistRatingRange" });

// The therapist's own rating is on the patient's 0–10 scale and stored ×10 (0–100), like the
// patient's, so the two lines of the chart can be compared directly. The date is checked against
// today here (at each request) and against the episode and its other sessions in the data layer
// (lib/data/session-dates.ts), which alone can read them.
export const sessionCreateSchema = z
  .object({
    date: fieldMessages(isoDateField().superRefine(notAfterToday).optional().meta({ description: "Defaults to today. Not after today, not before the episode's start, and in the order of the session numbers (not before the previous session's date, not after the next one's)." }), {
      empty: "sessionDateRequired",
      invalid: "dateFormat",
    }),
    number: fieldMessages(z.int().min(1).max(1000).optional().meta({ description: "Defaults to the next number in the episode." }), { invalid: "sessionNumberRange" }),
    therapistBond: rating().meta({ description: "Therapist's own rating of the bond, 0–10." }),
    therapistGoals: rating().meta({ description: "Therapist's own rating of agreement on goals, 0–10." }),
    therapistTasks: rating().meta({ description: "Therapist's own rating of agreement on tasks, 0–10." }),
    marker: fieldMessages(z.enum(MARKERS as [Marker, ...Marker[]]).default("none"), { invalid: "markerChoice" }),
    markerDimension: fieldMessages(z.enum(DIMENSIONS as [Dimension, ...Dimension[]]).optional(), { invalid: "dimensionChoice" }),
    repairStrategies: fieldMessages(z.array(z.enum(REPAIR_STRATEGY_IDS as [RepairStrategyId, ...RepairStrategyId[]])).max(7).default([]), { invalid: "strategyChoice" }),
    note: fieldMessages(z.string().trim().max(1000).optional().meta({ description: "Short clinical note. No names or other identifiers." }), { invalid: "sessionNoteTooLong" }),
  })
  // Run even when another field is wrong (but the input is an object), so a form with several
  // mistakes hears of all of them at once.
  .superRefine(
    (s, ctx) => {
      if (!MARKERS.includes(s.marker) || (s.markerDimension !== undefined && !DIMENSIONS.includes(s.markerDimension))) return;
      if (s.marker !== "none" && !s.markerDimension) ctx.addIssue({ code: "custom", path: ["markerDimension"], ...keyed("dimensionRequired") });
      if (s.marker === "none" && s.markerDimension) ctx.addIssue({ code: "custom", path: ["markerDimension"], ...keyed("dimensionWithoutMarker") });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
export type SessionCreateInput = z.output<typeof sessionCreateSchema>;
