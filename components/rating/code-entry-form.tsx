import { getTranslations } from "next-intl/server";
import type { CodeEntryState } from "@/lib/rating/form-state";

// One text field, posted as a plain form to app/r/code (no script of ours on a patient's phone);
// lower case, spaces and dashes are fine (the server normalises the code). A refused code comes back
// in the flash cookie with the message, and focus on it.
export async function CodeEntryForm({ initial }: { initial?: CodeEntryState }) {
  const t = await getTranslations("codeEntry");
  const state = initial ?? {};
  return (
    <form method="post" action="/r/code" className="stack" noValidate>
      {state.error && <p className="error-summary" role="alert" id="code-error" tabIndex={-1} autoFocus>{t(state.error)}</p>}
      <div className="field">
        <label htmlFor="code">{t("code")}</label>
        <p id="code-hint" className="rating-hint">{t("codeHint")}</p>
        <input id="code" name="code" type="text" inputMode="text" autoComplete="off" autoCapitalize="characters" spellCheck={false}
          maxLength={20} defaultValue={state.code} className="rating-code-input"
          aria-describedby={state.error ? "code-hint code-error" : "code-hint"} aria-invalid={state.error ? true : undefined} />
      </div>
      <button type="submit" className="button rating-submit">{t("submit")}</button>
    </form>
  );
}
