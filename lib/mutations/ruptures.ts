import { reviewRupture } from "@/lib/data/ruptures";
import { defineMutation } from "@/lib/mutation";
import { ruptureReviewSchema } from "@/lib/validation/rupture";

/** The clinician confirms or dismisses an engine flag, or takes the judgement back. */
export const reviewRuptureMutation = defineMutation({
  roles: ["THERAPIST"],
  schema: ruptureReviewSchema,
  run: (user, input) => reviewRupture(user, input),
  revalidate: (r) => ["/caseload", `/episodes/${r.episodeId}`],
});
