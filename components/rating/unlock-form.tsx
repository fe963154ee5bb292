import { getTranslations } from "next-intl/server";
import type { UnlockState } from "@/lib/auth-states";
import { retryText } from "@/lib/retry-after";

// The lock screen's password form: server-rendered, a plain POST to app/locked/unlock (no script of
// ours on the tablet); a refusal is shown from the state the page read back, with focus on it.
export async function UnlockForm({ state }: { state: UnlockState }) {
  const t = await getTranslations("locked");
  return (
    <form method="post" action="/locked/unlock" className="stack" noValidate>
      {state.error && <p className="error-summary" role="alert" id="unlock-error" tabIndex={-1} autoFocus>{state.error === "rateLimited" ? retryText(t, state.retryAfter ?? 60) : t(state.error)}</p>}
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          aria-describedby={state.error ? "unlock-error" : undefined} aria-invalid={state.error ? true : undefined} />
      </div>
      <div><button type="submit" className="button">{t("unlock")}</button></div>
    </form>
  );
}
