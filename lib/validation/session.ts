import { z } from "zod";
import { DIMENSIONS, MARKERS, REPAIR_STRATEGY_IDS, type Dimension, type Marker, type RepairStrategyId } from "@/lib/alliance";
import { isoDate } from "./form-input";
import { keyed } from "./messages";

const rating = z.int().min(0).max(10).optional();

// The therapist's own rating is on the patient's 0–10 scale and stored ×10 (0–100), like the
// patient's, so the two lines of the chart can be compared directly.
export const sessionCreateSchema = z
  .object({
    date: isoDate.optional().meta({ description: "Defaults to today." }),
    number: z.int().min(1).max(1000).optional().meta({ description: "Defaults to the next number in the episode." }),
    therapistBond: rating.meta({ description: "Therapist's own rating of the bond, 0–10." }),
    therapistGoals: rating.meta({ description: "Therapist's own rating of agreement on goals, 0–10." }),
    therapistTasks: rating.meta({ description: "Therapist's own rating of agreement on tasks, 0–10." }),
    marker: z.enum(MARKERS as [Marker, ...Marker[]]).default("none"),
    markerDimension: z.enum(DIMENSIONS as [Dimension, ...Dimension[]]).optional(),
    repairStrategies: z.array(z.enum(REPAIR_STRATEGY_IDS as [RepairStrategyId, ...RepairStrategyId[]])).max(7).default([]),
    note: z.string().trim().max(1000).optional().meta({ description: "Short clinical note. No names or other identifiers." }),
  })
  .superRefine((s, ctx) => {
    if (s.marker !== "none" && !s.markerDimension) ctx.addIssue({ code: "custom", path: ["markerDimension"], ...keyed("dimensionRequired") });
    if (s.marker === "none" && s.markerDimension) ctx.addIssue({ code: "custom", path: ["markerDimension"], ...keyed("dimensionWithoutMarker") });
  });
export type SessionCreateInput = z.output<typeof sessionCreateSchema>;
