"use client";
import { useSyncExternalStore } from "react";
import en from "@/lib/i18n/messages/en/common.json";
import nb from "@/lib/i18n/messages/nb/common.json";

// Shown for unexpected errors: no message or stack from the server reaches the page. It reads its
// words itself, in the page's language (<html lang>), rather than through next-intl's client
// provider, which the patient's pages go without (app/layout.tsx).
const noop = () => () => {};
const pageLanguage = () => document.documentElement.lang;

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = (useSyncExternalStore(noop, pageLanguage, () => "nb") === "en" ? en : nb).errors;
  return (
    <main id="main" className="container">
      <h1>{t.errorTitle}</h1>
      <p>{t.errorText}</p>
      <button type="button" className="button" onClick={reset}>{t.retry}</button>
    </main>
  );
}
