import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { parseJsonList } from "@/lib/json-list";
import { formatNumber } from "@/lib/alliance";
import { getEpisode } from "@/lib/data/episodes";
import { canWritePatient } from "@/lib/data/patients";
import { allianceView } from "@/lib/data/alliance-view";
import { pageNotFound } from "@/lib/page-errors";
import { todayIso } from "@/lib/validation/form-input";
import { chartData } from "@/components/timeline/timeline-data";
import { AllianceChart } from "@/components/timeline/alliance-chart";
import { TimelineTable } from "@/components/timeline/timeline-table";
import { ScaleNote } from "@/components/timeline/scale-note";
import { SessionsTable } from "@/components/sessions/sessions-table";
import { SavedNotice } from "@/components/sessions/saved-notice";
import { getLinkAction } from "@/app/(app)/sessions/[id]/rating-link/actions";
import { RuptureCard } from "@/components/ruptures/rupture-card";
import { EndEpisodeForm } from "@/components/patients/end-episode-form";
import { endEpisodeAction, reviewRuptureAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("episode"))("title") };
}

export default async function EpisodePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePageUser();
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const episode = await getEpisode(user, id).catch(pageNotFound);
  const locale = await getLocale();
  const [t, tt] = await Promise.all([getTranslations("episode"), getTranslations("timeline")]);
  const canWrite = canWritePatient(user, episode.patient);
  const view = allianceView(episode);
  const { points, bands, guides } = chartData(view, locale, episode.params);
  const own = episode.patient.therapistId === user.id;
  const fmt = (n: number | null) => (n === null ? "–" : formatNumber(n, locale));
  const goals = parseJsonList(episode.goals);
  const savedSession = saved ? view.sessions.find((s) => s.id === saved) : undefined;
  const active = episode.status === "active";
  return (
    <>
      <p><Link href={`/patients/${episode.patient.id}`}>{t("backToPatient", { code: episode.patient.code })}</Link></p>
      <h1 className="row">
        {t("heading", { code: episode.patient.code, modality: t(`modalities.${episode.modality}`) })}
        <span className={`badge ${active ? "repaired" : "dismissed"}`}>{t(`statuses.${active ? "active" : "ended"}`)}</span>
      </h1>
      {savedSession && canWrite && <SavedNotice sessionId={savedSession.id} number={savedSession.number} getLinkAction={getLinkAction} />}
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t("goals")}</h2>
        {goals.length ? <ul>{goals.map((g) => <li key={g}>{g}</li>)}</ul> : <p className="muted">{t("noGoals")}</p>}
      </section>
      {canWrite && active && (
        <p><Link className="button" href={`/episodes/${episode.id}/sessions/new`}>{t("logSession")}</Link></p>
      )}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{tt("title")}</h2>
        {points.some((p) => p.total !== null || p.therapist !== null) ? <AllianceChart points={points} bands={bands} guides={guides} ownPatient={own} /> : <p className="muted">{tt("noData")}</p>}
        {points.length > 0 && <ScaleNote range={episode.answerRange} />}
        {points.length > 0 && <TimelineTable points={points} bands={bands} fmt={fmt} />}
      </section>
      <section aria-labelledby="ruptures-heading">
        <h2 id="ruptures-heading">{t("ruptures")}</h2>
        {view.ruptures.length === 0 ? (
          <p className="muted">{t("noRuptures")}</p>
        ) : (
          <div className="stack">
            {view.ruptures.map((r) => <RuptureCard key={r.id} rupture={r} sessions={view.sessions} locale={locale} canWrite={canWrite} own={own} fmt={fmt} reviewAction={reviewRuptureAction} />)}
          </div>
        )}
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("sessions")}</h2>
        {view.sessions.length === 0 ? <p className="muted">{t("noSessions")}</p> : <SessionsTable sessions={view.sessions} locale={locale} fmt={fmt} />}
      </section>
      {canWrite && active && <EndEpisodeForm episodeId={episode.id} today={todayIso()} action={endEpisodeAction} />}
    </>
  );
}
