"use client";
import { useTranslations } from "next-intl";

// Shown for unexpected errors: no message or stack from the server reaches the page.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="container">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      <button type="button" className="button" onClick={reset}>{t("retry")}</button>
    </main>
  );
}
