/** @jsxImportSource preact */
import { getLocale, getTranslations } from "next-intl/server";
import type { Instrument } from "@/lib/alliance";
import type { LinkState } from "@/lib/data/ratings";
import { COMMENT_MAX } from "@/lib/validation/rating";
import type { FormItem, RatingFormState } from "@/lib/rating/form-state";
import { readFlash } from "@/lib/rating/forms";
import { newFormKey } from "@/lib/rating/token";
import { RatingForm } from "@/components/patient/rating-form";
import type { PatientView } from "@/components/patient/page";
import type { Translate } from "@/components/patient/types";

type Props = {
  t: Translate;
  /** What the link, code or tablet leads to: its form's items while open, else why not. */
  link: { state: "open"; items: FormItem[] } | { state: "unknown" | "used" | "expired" };
  source: "link" | "code" | "handover";
  token?: string;
  formKey: string;
  commentMax: number;
  initial?: RatingFormState;
};

// What a patient sees behind a link, a code or a handed-over tablet: the form while the link is
// open, else a short explanation. Never anything about the patient or the therapist.
export function RatingPage({ t, link, source, token, formKey, commentMax, initial }: Props) {
  if (link.state !== "open") {
    return (
      <section className="card stack">
        <h1>{t(`${link.state}Title`)}</h1>
        <p>{t(`${link.state}Text`)}</p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link: these pages load no script */}
        {link.state !== "used" && source !== "handover" && <p><a href="/r">{t("enterCode")}</a></p>}
      </section>
    );
  }
  return (
    <section className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <RatingForm t={t} source={source} token={token} formKey={formKey} items={link.items} commentMax={commentMax} initial={initial} />
    </section>
  );
}

/**
 * The view of app/r/[token], app/r/form and app/handover: the link's state, its items in the
 * request's language, a fresh form key, and what a refused POST left for this page.
 */
export async function ratingView({ link, source, token, path }: { link: { state: LinkState; instrument: Instrument } | null; source: Props["source"]; token?: string; path: string }): Promise<PatientView> {
  const [t, locale, initial] = await Promise.all([getTranslations("ratingForm"), getLocale(), readFlash<RatingFormState>(path)]);
  const lang = locale === "en" ? "en" : "nb";
  const shown: Props["link"] = !link ? { state: "unknown" } : link.state === "open" ? { state: "open", items: link.instrument.items.map((item) => ({
    id: item.id,
    label: item.text[lang],
    min: item.min,
    max: item.max,
    minLabel: item.anchors?.min[lang] || String(item.min),
    maxLabel: item.anchors?.max[lang] || String(item.max),
  })) } : { state: link.state === "used" ? "used" : "expired" };
  const body = <RatingPage t={t} link={shown} source={source} token={token} formKey={newFormKey()} commentMax={COMMENT_MAX} initial={initial} />;
  // The page's title was "Rate today's session" whatever the link's state; it stays so.
  return { title: t("title"), returnTo: path, body };
}
