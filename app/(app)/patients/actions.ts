"use server";
import { getLocale } from "next-intl/server";
import { formAction } from "@/lib/mutation";
import type { AppLocale } from "@/lib/i18n/config";
import { createPatient } from "@/lib/data/patients";
import { createEpisode } from "@/lib/data/episodes";
import { patientWithEpisodeForm } from "@/lib/validation/patient";
import { episodeCreateForm } from "@/lib/validation/episode";

const locale = async () => (await getLocale()) as AppLocale;

/** New patient and first treatment episode → straight to the episode, ready to log session 1. */
export const createPatientAction = formAction({
  roles: ["THERAPIST"],
  schema: patientWithEpisodeForm,
  run: (user, input) => createPatient(user, input),
  revalidate: () => ["/caseload"],
  redirectTo: (r) => (r.episode ? `/episodes/${r.episode.id}` : `/patients/${r.patient.id}`),
  locale,
});

export const startEpisodeAction = formAction({
  roles: ["THERAPIST"],
  schema: episodeCreateForm,
  run: (user, { patientId, ...input }) => createEpisode(user, patientId, input),
  revalidate: (e) => ["/caseload", `/patients/${e.patientId}`],
  redirectTo: (e) => `/episodes/${e.id}`,
  locale,
});
