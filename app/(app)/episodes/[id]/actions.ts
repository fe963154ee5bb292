"use server";
import { formAction } from "@/lib/mutation";
import { logSessionMutation } from "@/lib/mutations/sessions";
import { endEpisodeMutation } from "@/lib/mutations/episodes";
import { reviewRuptureMutation } from "@/lib/mutations/ruptures";
import { linkAfterSave } from "@/lib/rating/new-link";

/**
 * Saves the session, then back to the timeline with "get rating link" / "hand to patient" ready;
 * or, from "Save and get rating link", straight to the session's rating-link page with a new link
 * shown (one step instead of two).
 */
export const logSessionAction = formAction(logSessionMutation, {
  redirectTo: (s, form) => (form.get("then") === "rating-link" ? linkAfterSave(s.id) : `/episodes/${s.episodeId}?saved=${s.id}`),
});

export const endEpisodeAction = formAction(endEpisodeMutation, { redirectTo: (e) => `/episodes/${e.id}` });

export const reviewRuptureAction = formAction(reviewRuptureMutation);
