"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { UnlockState } from "@/lib/auth-states";
import { retryText } from "@/lib/retry-after";

export function UnlockForm({ action: unlockAction }: { action: (state: UnlockState, form: FormData) => Promise<UnlockState> }) {
  const t = useTranslations("locked");
  const [state, action, pending] = useActionState<UnlockState, FormData>(unlockAction, {});
  return (
    <form action={action} className="stack" noValidate>
      {state.error && <p className="error-summary" role="alert" id="unlock-error">{state.error === "rateLimited" ? retryText(t, state.retryAfter ?? 60) : t(state.error)}</p>}
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          aria-describedby={state.error ? "unlock-error" : undefined} aria-invalid={state.error ? true : undefined} />
      </div>
      <div><button type="submit" className="button" disabled={pending}>{pending ? t("unlocking") : t("unlock")}</button></div>
    </form>
  );
}
