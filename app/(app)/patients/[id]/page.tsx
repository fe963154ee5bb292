import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { canWritePatient, getPatient } from "@/lib/data/patients";
import { pageNotFound } from "@/lib/page-errors";
import { todayIso } from "@/lib/validation/form-input";
import { StartEpisodeForm } from "@/components/patients/start-episode-form";
import { startEpisodeAction } from "../actions";

// The title is generic: patient codes stay out of the tab title and browser history.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("episode"))("title") };
}

export default async function PatientPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  const patient = await getPatient(user, id, "read").catch(pageNotFound);
  const [t, te, format] = await Promise.all([getTranslations("patient"), getTranslations("episode"), getFormatter()]);
  const canWrite = canWritePatient(user, patient);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <h1>{t("title", { code: patient.code })}</h1>
      {patient.birthYear && <p className="muted">{t("born", { year: String(patient.birthYear) })}</p>}
      {!canWrite && <p className="notice">{t("readOnly")}</p>}
      <h2>{t("episodes")}</h2>
      {patient.episodes.length === 0 ? (
        <p>{t("noEpisodes")}</p>
      ) : (
        <ul className="stack plain-list">
          {patient.episodes.map((e) => (
            <li key={e.id} className="card">
              <p className="row">
                <strong>{te(`modalities.${e.modality}`)}</strong>
                <span className={`badge ${e.status === "active" ? "repaired" : "dismissed"}`}>{te(`statuses.${e.status}`)}</span>
              </p>
              <p className="muted">
                {t("started", { date: date(e.startDate) })}
                {e.endDate && ` · ${t("endedOn", { date: date(e.endDate) })}`}
              </p>
              <Link href={`/episodes/${e.id}`}>{t("openEpisode")}</Link>
            </li>
          ))}
        </ul>
      )}
      {canWrite && !patient.episodes.some((e) => e.status === "active") && <StartEpisodeForm patientId={patient.id} today={todayIso()} action={startEpisodeAction} />}
    </>
  );
}
