import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions";
import { LOCALES } from "@/lib/i18n/config";

// Plain forms, so the switch works without JavaScript too (the patient's rating page uses it).
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <nav aria-label={t("label")} className="language-switch">
      {LOCALES.map((l) => (
        <form key={l} action={setLocale}>
          <input type="hidden" name="locale" value={l} />
          <button type="submit" lang={l} aria-current={l === locale ? "true" : undefined} disabled={l === locale} className="link-button">
            {t(l)}
          </button>
        </form>
      ))}
    </nav>
  );
}
