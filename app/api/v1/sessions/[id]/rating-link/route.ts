import { apiMutation } from "@/lib/http/api";
import { appBaseUrl } from "@/lib/http/app-url";
import { createRatingLinkMutation } from "@/lib/mutations/rating-links";
import { ratingUrl } from "@/lib/rating/token";

// POST /api/v1/sessions/<id>/rating-link (the patient's therapist only) → 201
// {"url","token","code","expiresAt"}. A new link revokes the session's earlier one; the token and
// code are returned only here, once (only hashes are stored).
export const POST = apiMutation(createRatingLinkMutation, {
  status: 201,
  present: (link, req) => ({ url: ratingUrl(appBaseUrl(req.headers), link.token), token: link.token, code: link.code, expiresAt: link.expiresAt.toISOString() }),
});
