"use server";
import { formAction } from "@/lib/mutation";
import { logSessionMutation } from "@/lib/mutations/sessions";
import { endEpisodeMutation } from "@/lib/mutations/episodes";
import { reviewRuptureMutation } from "@/lib/mutations/ruptures";

/** Saves the session, then back to the timeline with "get rating link" / "hand to patient" ready. */
export const logSessionAction = formAction(logSessionMutation, { redirectTo: (s) => `/episodes/${s.episodeId}?saved=${s.id}` });

export const endEpisodeAction = formAction(endEpisodeMutation, { redirectTo: (e) => `/episodes/${e.id}` });

export const reviewRuptureAction = formAction(reviewRuptureMutation);
