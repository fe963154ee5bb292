import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getSessionRatingStatus } from "@/lib/data/rating-links";
import { readNewLink } from "@/lib/rating/new-link";
import { shownLinkView } from "@/lib/rating/qr";
import { LinkPanel } from "@/components/rating/link-panel";
import { getLinkAction, revokeLinkAction } from "./actions";
import { RatingSummary } from "@/components/rating/rating-summary";
import { AutoRefresh } from "@/components/rating/auto-refresh";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ratingLink"))("title") };
}

// A session's patient rating: get, show, replace and revoke the link (the patient's therapist), and
// see the rating when it arrives (supervisors too, read only). Viewing this page never writes: a
// link is made only by a POST (getLinkAction), which comes back here to show it.
export default async function SessionRatingLinkPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ replace?: string }> }) {
  const user = await requirePageUser(["THERAPIST", "SUPERVISOR"]);
  const [{ id }, { replace }] = await Promise.all([params, searchParams]);
  const newLink = await readNewLink(id);
  const status = await getSessionRatingStatus(user, id, new Date(), newLink).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations("ratingLink"), getFormatter()]);
  const { session, link, rating, canWrite } = status;
  const time = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const stateText = rating ? t("state.used") : !link ? t("state.none") : t(`state.${link.state}`, { time: time(link.expiresAt) });
  const open = link?.state === "open";
  const shown = link?.shown && newLink ? await shownLinkView(newLink.baseUrl, link.shown, link.expiresAt) : null;
  return (
    <div className="stack rating-link-page">
      <h1>{t("title")}</h1>
      <p>
        {t("patient", { code: session.patientCode })} · {t("session", { number: session.number, date: format.dateTime(session.date, { dateStyle: "long" }) })}
      </p>
      <p role="status" className="notice">{stateText}</p>
      {rating && <RatingSummary rating={rating} />}
      {!rating && canWrite && (
        <>
          <LinkPanel sessionId={session.id} open={open} expiresAt={link?.expiresAt} shown={shown} confirmReplace={replace === "1"}
            getLinkAction={getLinkAction} revokeLinkAction={revokeLinkAction} />
          <p><Link className="button secondary" href={`/sessions/${session.id}/handover`}>{t("handover")}</Link></p>
        </>
      )}
      {!canWrite && <p className="muted">{t("readOnly")}</p>}
      {/* Keyed by the link, so a new link starts a new watch. */}
      {!rating && open && <AutoRefresh key={link.createdAt.toISOString()} sessionId={session.id} seconds={20} label={t("refresh")} />}
    </div>
  );
}
