/** @jsxImportSource preact */
import type { CodeEntryState } from "@/lib/rating/form-state";
import type { Translate } from "@/components/patient/types";

// /r: one text field, posted as a plain form to app/r/code; lower case, spaces and dashes are fine
// (the server normalises the code). A refused code comes back in the flash cookie with the reason,
// shown in the `codeEntry` words, and focus on it.
export function CodeEntryPage({ t, state }: { t: Translate; state: CodeEntryState }) {
  const error = state.error && t(state.error);
  return (
    <section className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form method="post" action="/r/code" className="stack" noValidate>
        {error && <p className="error-summary" role="alert" id="code-error" tabIndex={-1} autoFocus>{error}</p>}
        <div className="field">
          <label htmlFor="code">{t("code")}</label>
          <p id="code-hint" className="rating-hint">{t("codeHint")}</p>
          <input id="code" name="code" type="text" inputMode="text" autoComplete="off" autoCapitalize="characters" spellcheck={false}
            maxLength={20} value={state.code} className="rating-code-input"
            aria-describedby={error ? "code-hint code-error" : "code-hint"} aria-invalid={error ? "true" : undefined} />
        </div>
        <button type="submit" className="button rating-submit">{t("submit")}</button>
      </form>
    </section>
  );
}
