import Link from "next/link";
import { getTranslations } from "next-intl/server";

// After a session is saved, the next step is the patient's rating: a link to send or show, or the
// tablet handed over. Those pages belong to the rating flow (app/(app)/sessions/[id]/…). "Get rating
// link" is a POST that makes the link (or keeps an open one) and lands on the page showing it: one
// step, and no link is ever made by opening or prefetching a page.
type Props = { sessionId: string; number: number; getLinkAction: (form: FormData) => Promise<void> };

export async function SavedNotice({ sessionId, number, getLinkAction }: Props) {
  const t = await getTranslations("episode");
  return (
    <div className="notice row saved-notice" role="status">
      <p>{t("saved", { number })}</p>
      <form action={getLinkAction}>
        <input type="hidden" name="id" value={sessionId} />
        <button type="submit" className="button">{t("ratingLink")}</button>
      </form>
      <Link className="button secondary" href={`/sessions/${sessionId}/handover`}>{t("handover")}</Link>
    </div>
  );
}
