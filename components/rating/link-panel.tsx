import { getFormatter, getTranslations } from "next-intl/server";
import type { ShownLinkView } from "@/lib/rating/form-state";
import { NEW_LINK_MINUTES } from "@/lib/rating/new-link";
import { CopyButton } from "@/components/rating/copy-button";

// Get / show / replace / revoke a session's rating link, as plain forms (they work without
// JavaScript). The link itself is shown only just after it was made (its token exists only then; see
// lib/rating/new-link.ts). Replacing an open link is a secondary action that first asks, on a
// confirm step of this page (`?replace=1`), since the patient may already have scanned it.
type Props = {
  sessionId: string;
  open: boolean;
  expiresAt?: Date;
  shown: ShownLinkView | null;
  confirmReplace: boolean;
  getLinkAction: (form: FormData) => Promise<void>;
  revokeLinkAction: (form: FormData) => Promise<void>;
};

export async function LinkPanel({ sessionId, open, expiresAt, shown, confirmReplace, getLinkAction, revokeLinkAction }: Props) {
  const [t, format] = await Promise.all([getTranslations("ratingLink"), getFormatter()]);
  const time = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const page = `/sessions/${sessionId}/rating-link`;
  if (open && confirmReplace) {
    return (
      <section className="card stack" aria-labelledby="replace-heading">
        <h2 id="replace-heading">{t("confirmTitle")}</h2>
        <p>{t("confirmText", { time: time(expiresAt!) })}</p>
        <div className="row">
          <form action={getLinkAction}>
            <input type="hidden" name="id" value={sessionId} />
            <input type="hidden" name="replace" value="1" />
            <button type="submit" className="button danger">{t("confirm")}</button>
          </form>
          <a className="button secondary" href={page}>{t("keep")}</a>
        </div>
      </section>
    );
  }
  return (
    <section className="card stack" aria-label={t("title")}>
      {shown && <ShownLink link={shown} expires={time(shown.expiresAt)} />}
      {open && !shown && <p>{t("notShown")}</p>}
      {open ? (
        <div className="stack">
          <p className="muted">{t("replaceHint")}</p>
          <div className="row">
            <a className="button secondary" href={`${page}?replace=1`}>{t("replace")}</a>
            <form action={revokeLinkAction}>
              <input type="hidden" name="id" value={sessionId} />
              <button type="submit" className="button secondary">{t("revoke")}</button>
            </form>
          </div>
        </div>
      ) : (
        <form action={getLinkAction}>
          <input type="hidden" name="id" value={sessionId} />
          <button type="submit" className="button">{t("create")}</button>
        </form>
      )}
    </section>
  );
}

async function ShownLink({ link, expires }: { link: ShownLinkView; expires: string }) {
  const t = await getTranslations("ratingLink");
  return (
    <div className="rating-created stack">
      <div className="field">
        <label htmlFor="rating-url">{t("url")}</label>
        <div className="row">
          <input id="rating-url" className="rating-url" readOnly value={link.url} />
          <CopyButton text={link.url} label={t("copy")} doneLabel={t("copied")} />
        </div>
      </div>
      {/* The SVG comes from the qrcode library on the server, from our own URL: nothing user-supplied. */}
      <div className="rating-qr" role="img" aria-label={t("qr")} dangerouslySetInnerHTML={{ __html: link.qrSvg }} />
      <p>
        {t("code", { path: `${new URL(link.url).origin}/r` })}: <strong className="rating-code" data-testid="rating-code">{link.code}</strong>
      </p>
      <p>{t("expires", { time: expires })}</p>
      <p className="muted">{t("shownOnce", { minutes: NEW_LINK_MINUTES })}</p>
    </div>
  );
}
