import { getTranslations } from "next-intl/server";

// A plain link home (a full page load): next/link would load a client component on every page.
export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="container">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load on purpose (above) */}
      <p><a href="/">{t("home")}</a></p>
    </main>
  );
}
