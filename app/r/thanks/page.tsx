import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ratingForm"))("thanksTitle") };
}

export default async function ThanksPage() {
  const t = await getTranslations("ratingForm");
  return (
    <section className="card stack">
      <h1>{t("thanksTitle")}</h1>
      <p role="status">{t("thanksText")}</p>
    </section>
  );
}
