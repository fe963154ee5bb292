"use client";
import { useActionState, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { CreateLinkState, CreatedLinkView } from "@/lib/rating/form-state";
import { answerCode } from "@/lib/errors";

// Create / show / revoke a session's rating link. The token exists only in the answer to "create"
// (the database keeps hashes), so it is shown from this component's state while the link is open.
type Props = {
  sessionId: string;
  open: boolean;
  createLinkAction: (state: CreateLinkState, form: FormData) => Promise<CreateLinkState>;
  revokeLinkAction: (form: FormData) => Promise<void>;
};

export function LinkPanel({ sessionId, open, createLinkAction, revokeLinkAction }: Props) {
  const t = useTranslations("ratingLink");
  const [state, action, pending] = useActionState<CreateLinkState, FormData>(createLinkAction, { status: "idle" });
  const shown = open && state.status === "ok" ? state.link : undefined;
  return (
    <section className="card stack" aria-label={t("title")}>
      {shown && <CreatedLink link={shown} />}
      {state.status === "error" && <p role="alert" className="error-summary">{t(answerCode(state.code) === "conflict" ? "alreadyRated" : "error")}</p>}
      <form action={action} className="stack">
        <input type="hidden" name="id" value={sessionId} />
        <div>
          <button type="submit" className="button" disabled={pending}>{pending ? t("creating") : open ? t("createAgain") : t("create")}</button>
        </div>
        {open && <p className="muted">{t("createAgainHint")}</p>}
      </form>
      {open && (
        <form action={revokeLinkAction}>
          <input type="hidden" name="id" value={sessionId} />
          <button type="submit" className="button secondary">{t("revoke")}</button>
        </form>
      )}
    </section>
  );
}

function CreatedLink({ link }: { link: CreatedLinkView }) {
  const t = useTranslations("ratingLink");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(link.url).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="rating-created stack">
      <div className="field">
        <label htmlFor="rating-url">{t("url")}</label>
        <div className="row">
          <input id="rating-url" className="rating-url" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button secondary" onClick={copy}>{copied ? t("copied") : t("copy")}</button>
        </div>
      </div>
      {/* The SVG comes from the qrcode library on the server, from our own URL: nothing user-supplied. */}
      <div className="rating-qr" role="img" aria-label={t("qr")} dangerouslySetInnerHTML={{ __html: link.qrSvg }} />
      <p>
        {t("code", { path: `${new URL(link.url).origin}/r` })}: <strong className="rating-code" data-testid="rating-code">{link.code}</strong>
      </p>
      <p>{t("expires", { time: format.dateTime(new Date(link.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
      <p className="muted">{t("shownOnce")}</p>
    </div>
  );
}
