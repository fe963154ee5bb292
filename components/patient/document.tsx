/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import type { Locale } from "@/lib/i18n/config";
import { LanguageSwitch } from "@/components/patient/language-switch";
import { STYLESHEET } from "@/components/patient/stylesheet";
import type { Translate } from "@/components/patient/types";

type Props = {
  lang: Locale;
  /** The page's own title; " · Bordin" follows, as on every other page. */
  title: string;
  /** The app's words (`app`) and the language switch's (`language`). */
  t: { app: Translate; language: Translate };
  /** The page's own path, for the language switch to come back to (the pages send no referrer). */
  returnTo: string;
  children: ComponentChildren;
};

// The whole HTML document of a patient's page: no app chrome, nothing about the clinic or the
// therapist, no way into the therapist's pages, a visible language switch — and no script at all.
export function PatientDocument({ lang, title, t, returnTo, children }: Props) {
  return (
    <html lang={lang}>
      {/* eslint-disable-next-line @next/next/no-head-element -- not a Next page: this is the whole document, rendered to a string */}
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t.app("name")}`}</title>
        <meta name="description" content={t.app("tagline")} />
        <meta name="robots" content="noindex" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <style dangerouslySetInnerHTML={{ __html: STYLESHEET }} />
      </head>
      <body>
        <div className="rating-shell">
          <header className="rating-header">
            <LanguageSwitch current={lang} returnTo={returnTo} t={t.language} />
          </header>
          <main id="main" className="rating-main">{children}</main>
        </div>
      </body>
    </html>
  );
}
