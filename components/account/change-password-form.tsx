"use client";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";
import { NewPasswordFields } from "./password-fields";

export function ChangePasswordForm({ email, action: submit }: { email: string; action: FormStateAction }) {
  const t = useTranslations("account");
  const tp = useTranslations("passwordFields");
  const { state, pending, errors, formProps } = useFormAction(submit);
  return (
    <form {...formProps} className="stack" noValidate>
      <ErrorSummary state={state} id="password-errors" fields={["currentPassword", "newPassword", "repeatPassword"]} />
      {/* For password managers: whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div className="field">
        <label htmlFor="currentPassword">{tp("currentPassword")}</label>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required maxLength={1000} {...describe("currentPassword", errors("currentPassword"))} />
        <FieldError id="currentPassword-error" messages={errors("currentPassword")} />
      </div>
      <NewPasswordFields state={state} />
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{pending ? t("submitting") : t("submit")}</button>
      </div>
    </form>
  );
}
