/** @jsxImportSource preact */
import type { UnlockState } from "@/lib/auth-states";
import { retryText } from "@/lib/retry-after";
import type { Translate } from "@/components/patient/types";

// Where a handed-over tablet rests: after the patient's rating, and for any page while locked. The
// password form is a plain POST to app/locked/unlock; a refusal comes back as its message, with
// focus on it.
export function LockedPage({ t, done, state }: { t: Translate; done: boolean; state: UnlockState }) {
  const error = state.error && (state.error === "rateLimited" ? retryText(t, state.retryAfter ?? 60) : t(state.error));
  return (
    <section className="card stack">
      {done && <p role="status" className="notice">{t("thanks")}</p>}
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form method="post" action="/locked/unlock" className="stack" noValidate>
        {error && <p className="error-summary" role="alert" id="unlock-error" tabIndex={-1} autoFocus>{error}</p>}
        <div className="field">
          <label htmlFor="password">{t("password")}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required
            aria-describedby={error ? "unlock-error" : undefined} aria-invalid={error ? "true" : undefined} />
        </div>
        <div><button type="submit" className="button">{t("unlock")}</button></div>
      </form>
    </section>
  );
}
