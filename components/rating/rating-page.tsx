import { getLocale, getTranslations } from "next-intl/server";
import type { Instrument } from "@/lib/alliance";
import type { LinkState } from "@/lib/data/ratings";
import { COMMENT_MAX } from "@/lib/validation/rating";
import { RatingForm } from "@/components/rating/rating-form";
import type { FormItem, RatingFormState } from "@/lib/rating/form-state";
import { readFlash } from "@/lib/rating/forms";
import { newFormKey } from "@/lib/rating/token";

type Props = {
  link: { state: LinkState; instrument: Instrument } | null;
  source: "link" | "code" | "handover";
  token?: string;
  /** This page's own path, for a plain POST's messages to find their way back. */
  path: string;
};

// What a patient sees behind a link, a code or a handed-over tablet: the form while the link is
// open, else a short explanation. Never anything about the patient or the therapist. Server-rendered
// only: a plain <a> rather than next/link, so no client component is loaded on a patient's phone.
export async function RatingPage({ link, source, token, path }: Props) {
  const [t, locale] = await Promise.all([getTranslations("ratingForm"), getLocale()]);
  if (!link || link.state !== "open") {
    const kind = !link ? "unknown" : link.state === "used" ? "used" : "expired";
    return (
      <section className="card stack">
        <h1>{t(`${kind}Title`)}</h1>
        <p>{t(`${kind}Text`)}</p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load on purpose: next/link is a client component */}
        {kind !== "used" && source !== "handover" && <p><a href="/r">{t("enterCode")}</a></p>}
      </section>
    );
  }
  const lang = locale === "en" ? "en" : "nb";
  const items: FormItem[] = link.instrument.items.map((item) => ({
    id: item.id,
    label: item.text[lang],
    min: item.min,
    max: item.max,
    minLabel: item.anchors?.min[lang] || String(item.min),
    maxLabel: item.anchors?.max[lang] || String(item.max),
  }));
  return (
    <section className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <RatingForm source={source} token={token} formKey={newFormKey()} items={items} commentMax={COMMENT_MAX} initial={await readFlash<RatingFormState>(path)} />
    </section>
  );
}
