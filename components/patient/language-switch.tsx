/** @jsxImportSource preact */
import { LOCALES, type Locale } from "@/lib/i18n/config";
import type { Translate } from "@/components/patient/types";

// components/ui/language-switch.tsx for the patient's pages (the same markup: plain forms posting
// to /locale), given its words instead of reading them from next-intl.
export function LanguageSwitch({ current, returnTo, t }: { current: Locale; returnTo: string; t: Translate }) {
  return (
    <nav aria-label={t("label")} className="language-switch">
      {LOCALES.map((l) => (
        <form key={l} method="post" action="/locale">
          <input type="hidden" name="locale" value={l} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" lang={l} aria-current={l === current ? "true" : undefined} disabled={l === current} className="link-button">
            {t(l)}
          </button>
        </form>
      ))}
    </nav>
  );
}
