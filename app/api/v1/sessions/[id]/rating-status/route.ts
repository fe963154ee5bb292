import { apiRead } from "@/lib/http/api";
import { getSessionRatingState } from "@/lib/data/rating-links";

// GET /api/v1/sessions/<id>/rating-status → {"rated", "linkState"}: the rating-link page's
// background check. No patient data and no audit event; proxy.ts does not renew the session for
// it, so a page left open still idles out (then this answers 401 and the page stops asking).
export const GET = apiRead(["THERAPIST", "SUPERVISOR"], (user, params) => getSessionRatingState(user, params.id));
