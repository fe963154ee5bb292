import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";

// Plain forms posting to /locale, so the switch works without JavaScript on every page. `returnTo`
// names the page to come back to where the browser sends no referrer (the patient pages).
export async function LanguageSwitch({ returnTo }: { returnTo?: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <nav aria-label={t("label")} className="language-switch">
      {LOCALES.map((l) => (
        <form key={l} method="post" action="/locale">
          <input type="hidden" name="locale" value={l} />
          {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
          <button type="submit" lang={l} aria-current={l === locale ? "true" : undefined} disabled={l === locale} className="link-button">
            {t(l)}
          </button>
        </form>
      ))}
    </nav>
  );
}
