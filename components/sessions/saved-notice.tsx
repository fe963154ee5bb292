import Link from "next/link";
import { getTranslations } from "next-intl/server";

// After a session is saved, the next step is the patient's rating: a link to send or show, or the
// tablet handed over. Those pages belong to the rating flow (app/(app)/sessions/[id]/…).
export async function SavedNotice({ sessionId, number }: { sessionId: string; number: number }) {
  const t = await getTranslations("episode");
  return (
    <div className="notice row saved-notice" role="status">
      <p>{t("saved", { number })}</p>
      <Link className="button" href={`/sessions/${sessionId}/rating-link`}>{t("ratingLink")}</Link>
      <Link className="button secondary" href={`/sessions/${sessionId}/handover`}>{t("handover")}</Link>
    </div>
  );
}
