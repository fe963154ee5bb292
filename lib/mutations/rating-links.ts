import { createRatingLink, getOrCreateRatingLink, revokeRatingLink } from "@/lib/data/rating-links";
import { defineMutation } from "@/lib/mutation";
import { ratingLinkRequestSchema } from "@/lib/validation/rating";

// Session `id`'s rating link, from the therapist's page, the tablet handover and the REST API.

/** A fresh single-use link, revoking the earlier one; the token and code exist only in the result. */
export const createRatingLinkMutation = defineMutation({
  roles: ["THERAPIST"],
  schema: ratingLinkRequestSchema,
  run: (user, input) => createRatingLink(user, input.id),
  revalidate: (r) => [`/sessions/${r.sessionId}/rating-link`],
});

/** "Get rating link" from the therapist's pages: a new link unless one is open, which is kept. */
export const getRatingLinkMutation = defineMutation({
  roles: ["THERAPIST"],
  schema: ratingLinkRequestSchema,
  run: (user, input) => getOrCreateRatingLink(user, input.id),
  revalidate: (r) => [`/sessions/${r.sessionId}/rating-link`],
});

export const revokeRatingLinkMutation = defineMutation({
  roles: ["THERAPIST"],
  schema: ratingLinkRequestSchema,
  run: (user, input) => revokeRatingLink(user, input.id),
  revalidate: (r) => [`/sessions/${r.sessionId}/rating-link`],
});
