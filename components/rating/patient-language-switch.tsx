import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";

// Like components/ui/language-switch, but plain POSTs to /r/locale: the patient pages send no
// referrer, so their forms carry `Origin: null`, which server actions refuse without JavaScript.
export async function PatientLanguageSwitch({ returnTo }: { returnTo: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <nav aria-label={t("label")} className="language-switch">
      {LOCALES.map((l) => (
        <form key={l} method="post" action="/r/locale">
          <input type="hidden" name="locale" value={l} />
          <input type="hidden" name="next" value={returnTo} />
          <button type="submit" lang={l} aria-current={l === locale ? "true" : undefined} disabled={l === locale} className="link-button">
            {t(l)}
          </button>
        </form>
      ))}
    </nav>
  );
}
