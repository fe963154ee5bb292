import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";

// The user's language as a setting, beside the quick switch in the header: both post to /locale,
// which keeps it for this browser and as the user's own setting (every device they log in from).
export async function LanguageForm() {
  const [locale, t, tl] = await Promise.all([getLocale(), getTranslations("account"), getTranslations("language")]);
  return (
    <form method="post" action="/locale" className="stack">
      <input type="hidden" name="returnTo" value="/account" />
      <fieldset className="stack checks" aria-describedby="language-hint">
        <legend className="legend">{t("languageHeading")}</legend>
        <p className="muted hint" id="language-hint">{t("languageHint")}</p>
        {LOCALES.map((l) => (
          <label key={l} className="check">
            <input type="radio" name="locale" value={l} defaultChecked={l === locale} /> <span lang={l}>{tl(l)}</span>
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="submit" className="button secondary">{t("languageSave")}</button>
      </div>
    </form>
  );
}
