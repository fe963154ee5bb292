import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getSessionRatingStatus } from "@/lib/data/rating-links";
import { handOverAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("handover"))("title") };
}

export default async function HandoverStartPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(["THERAPIST"]);
  const { id } = await params;
  const status = await getSessionRatingStatus(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  if (!status.canWrite) notFound();
  const [t, tl, format] = await Promise.all([getTranslations("handover"), getTranslations("ratingLink"), getFormatter()]);
  const { session } = status;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>
        {tl("patient", { code: session.patientCode })} · {tl("session", { number: session.number, date: format.dateTime(session.date, { dateStyle: "long" }) })}
      </p>
      {status.rating ? (
        <p role="status" className="notice">{tl("alreadyRated")}</p>
      ) : (
        <form action={handOverAction} className="stack card">
          <p>{t("intro")}</p>
          <input type="hidden" name="id" value={session.id} />
          <div><button type="submit" className="button">{t("start")}</button></div>
        </form>
      )}
      <p><Link href={`/sessions/${session.id}/rating-link`}>{t("back")}</Link></p>
    </div>
  );
}
