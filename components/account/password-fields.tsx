"use client";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/mutation";
import { FieldError, describe, useFieldMessages } from "@/components/ui/form-parts";

// A new password typed twice, with the policy said beside it (setup, the account page). Browsers and
// password managers offer to generate one for fields marked `new-password`.
export function NewPasswordFields({ state, label = "newPassword" }: { state: FormState; label?: "newPassword" | "password" }) {
  const t = useTranslations("passwordFields");
  const errors = useFieldMessages(state);
  return (
    <>
      <div className="field">
        <label htmlFor="newPassword">{t(label)}</label>
        <p className="muted hint" id="newPassword-hint">{t("hint")}</p>
        <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required minLength={8} maxLength={1000} {...describe("newPassword", errors("newPassword"), true)} />
        <FieldError id="newPassword-error" messages={errors("newPassword")} />
      </div>
      <div className="field">
        <label htmlFor="repeatPassword">{t("repeatPassword")}</label>
        <input id="repeatPassword" name="repeatPassword" type="password" autoComplete="new-password" required maxLength={1000} {...describe("repeatPassword", errors("repeatPassword"))} />
        <FieldError id="repeatPassword-error" messages={errors("repeatPassword")} />
      </div>
    </>
  );
}
