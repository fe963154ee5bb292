import { apiMutation } from "@/lib/http";
import { appBaseUrl } from "@/lib/app-url";
import { createRatingLinkMutation, ratingUrl } from "@/lib/data/rating-links";

// POST /api/v1/sessions/<id>/rating-link (the patient's therapist only) → 201
// {"url","token","code","expiresAt"}. A new link revokes the session's earlier one; the token and
// code are returned only here, once (only hashes are stored).
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const base = appBaseUrl(req.headers);
  return apiMutation({
    ...createRatingLinkMutation,
    status: 201,
    present: (link) => ({ url: ratingUrl(base, link.token), token: link.token, code: link.code, expiresAt: link.expiresAt.toISOString() }),
  })(req, ctx);
}
