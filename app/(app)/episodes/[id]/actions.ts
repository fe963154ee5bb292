"use server";
import { getLocale } from "next-intl/server";
import { formAction } from "@/lib/mutation";
import type { AppLocale } from "@/lib/i18n/config";
import { logSession } from "@/lib/data/sessions";
import { endEpisode } from "@/lib/data/episodes";
import { reviewRupture } from "@/lib/data/ruptures";
import { sessionCreateForm } from "@/lib/validation/session";
import { episodeEndForm } from "@/lib/validation/episode";
import { ruptureReviewForm } from "@/lib/validation/rupture";

const locale = async () => (await getLocale()) as AppLocale;

/** Saves the session, then back to the timeline with "get rating link" / "hand to patient" ready. */
export const logSessionAction = formAction({
  roles: ["THERAPIST"],
  schema: sessionCreateForm,
  run: (user, { episodeId, ...input }) => logSession(user, episodeId, input),
  revalidate: (s) => ["/caseload", `/episodes/${s.episodeId}`],
  redirectTo: (s) => `/episodes/${s.episodeId}?saved=${s.id}`,
  locale,
});

export const endEpisodeAction = formAction({
  roles: ["THERAPIST"],
  schema: episodeEndForm,
  run: (user, { episodeId, ...input }) => endEpisode(user, episodeId, input),
  revalidate: (e) => ["/caseload", `/episodes/${e.id}`, `/patients/${e.patientId}`],
  redirectTo: (e) => `/episodes/${e.id}`,
  locale,
});

export const reviewRuptureAction = formAction({
  roles: ["THERAPIST"],
  schema: ruptureReviewForm,
  run: (user, input) => reviewRupture(user, input),
  revalidate: (r) => ["/caseload", `/episodes/${r.episodeId}`],
  locale,
});
