"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { LoginState } from "@/lib/auth-states";
import { retryText } from "@/lib/retry-after";

export function LoginForm({ callbackUrl, nextAuthError, action: login }: { callbackUrl?: string; nextAuthError?: boolean; action: (state: LoginState, form: FormData) => Promise<LoginState> }) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<LoginState, FormData>(login, nextAuthError ? { error: "invalid" } : {});
  return (
    <form action={action} className="stack" noValidate>
      {state.error && (
        <p className="error-summary" role="alert" id="login-error">
          {state.error === "rateLimited" ? retryText(t, state.retryAfter ?? 60) : t(state.error)}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} aria-describedby={state.error ? "login-error" : undefined} aria-invalid={!!state.error || undefined} />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={!!state.error || undefined} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
