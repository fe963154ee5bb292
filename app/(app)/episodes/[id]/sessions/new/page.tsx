import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { getEpisode } from "@/lib/data/episodes";
import { canWritePatient } from "@/lib/data/patients";
import { pageNotFound } from "@/lib/page-errors";
import { todayIso } from "@/lib/validation/form-input";
import { SessionForm } from "@/components/sessions/session-form";
import { logSessionAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessionForm"))("title") };
}

export default async function NewSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(["THERAPIST"]);
  const { id } = await params;
  const episode = await getEpisode(user, id).catch(pageNotFound);
  // Only the treating therapist logs sessions, and only in an active episode.
  if (!canWritePatient(user, episode.patient) || episode.status !== "active") notFound();
  const t = await getTranslations("sessionForm");
  const next = (episode.sessions.at(-1)?.number ?? 0) + 1;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro", { code: episode.patient.code })}</p>
      <SessionForm episodeId={episode.id} today={todayIso()} nextNumber={next} action={logSessionAction} />
    </>
  );
}
