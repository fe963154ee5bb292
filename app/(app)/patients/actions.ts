"use server";
import { formAction } from "@/lib/mutation";
import { createPatientMutation } from "@/lib/mutations/patients";
import { startEpisodeMutation } from "@/lib/mutations/episodes";

/** New patient and first treatment episode → straight to the episode, ready to log session 1. */
export const createPatientAction = formAction(createPatientMutation, { redirectTo: (r) => (r.episode ? `/episodes/${r.episode.id}` : `/patients/${r.patient.id}`) });

export const startEpisodeAction = formAction(startEpisodeMutation, { redirectTo: (e) => `/episodes/${e.id}` });
