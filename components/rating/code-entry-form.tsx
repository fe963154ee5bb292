"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { CodeEntryState } from "@/lib/rating/form-state";

// One text field; lower case, spaces and dashes are fine (the server normalises the code).
export function CodeEntryForm({ initial, action: enterCode }: { initial?: CodeEntryState; action: (state: CodeEntryState, form: FormData) => Promise<CodeEntryState> }) {
  const t = useTranslations("codeEntry");
  const [state, action, pending] = useActionState<CodeEntryState, FormData>(enterCode, initial ?? {}, "/r/code");
  return (
    <form action={action} className="stack" noValidate>
      {state.error && <p className="error-summary" role="alert" id="code-error">{t(state.error)}</p>}
      <div className="field">
        <label htmlFor="code">{t("code")}</label>
        <p id="code-hint" className="rating-hint">{t("codeHint")}</p>
        <input id="code" name="code" type="text" inputMode="text" autoComplete="off" autoCapitalize="characters" spellCheck={false}
          maxLength={20} defaultValue={state.code} className="rating-code-input"
          aria-describedby={state.error ? "code-hint code-error" : "code-hint"} aria-invalid={state.error ? true : undefined} />
      </div>
      <button type="submit" className="button rating-submit" disabled={pending}>{t("submit")}</button>
    </form>
  );
}
