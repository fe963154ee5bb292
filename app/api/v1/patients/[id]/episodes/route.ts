import { apiMutation } from "@/lib/http/api";
import { episodeJson } from "@/lib/data/api-views";
import { startEpisodeMutation } from "@/lib/mutations/episodes";

// The patient id comes from the path (apiMutation merges route params over the body).
export const POST = apiMutation(startEpisodeMutation, { status: 201, present: episodeJson });
