import { apiRead } from "@/lib/http/api";
import { episodeAllianceForApi } from "@/lib/data/api-views";

/** Sessions with scores (0–100) and the ruptures as the engine returns them, with the review. */
export const GET = apiRead(undefined, (user, params) => episodeAllianceForApi(user, params.id));
