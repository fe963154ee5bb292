import { z } from "zod";
import { keyed } from "./messages";
import { fieldMessages } from "./zod-locale";

// The clinician's judgement on an engine flag. Dismissing asks for a reason: supervisors read it.
export const ruptureReviewSchema = z
  .object({
    ruptureId: z.string().min(1),
    review: z.enum(["confirmed", "dismissed", "unreviewed"]),
    note: fieldMessages(z.string().trim().max(500).optional(), { invalid: "reviewNoteTooLong" }),
  })
  .superRefine((r, ctx) => {
    if (r.review === "dismissed" && !r.note) ctx.addIssue({ code: "custom", path: ["note"], ...keyed("noteRequiredToDismiss") });
  });
export type RuptureReviewInput = z.output<typeof ruptureReviewSchema>;
