"use client";
import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";
import { OneTimePassword } from "./one-time-password";
import { LocaleField, NameField, ROLE_FIELD_ID, RoleFields } from "./user-fields";

const FIELDS = ["name", "email", ["roles", ROLE_FIELD_ID], "locale"] as const;

/** The invite form; after it succeeds, the one-time password once, then a fresh form on request. */
export function InviteUserForm({ action }: { action: FormStateAction }) {
  const [round, setRound] = useState(0);
  return <InviteRound key={round} action={action} again={() => setRound((r) => r + 1)} />;
}

function InviteRound({ action: submit, again }: { action: FormStateAction; again: () => void }) {
  const t = useTranslations("inviteUser");
  const tf = useTranslations("userForm");
  const { state, pending, errors, formProps } = useFormAction(submit);
  if (state.status === "ok" && state.shown) {
    const { name, id, password } = state.shown;
    return (
      <div className="stack">
        <OneTimePassword heading={t("created", { name })} password={password} />
        <div className="row">
          <Link href={`/admin/users/${id}`}>{t("open", { name })}</Link>
          <button type="button" className="button secondary" onClick={again}>{t("another")}</button>
        </div>
      </div>
    );
  }
  const v = state.values ?? {};
  // First showing: a therapist, the usual invite; after an error, the boxes as they were ticked.
  const roles = state.status === "error" ? (v.roles ?? "").split("\n") : ["THERAPIST"];
  return (
    <form {...formProps} className="stack card form-narrow" noValidate>
      <ErrorSummary state={state} id="invite-errors" fields={FIELDS} />
      <NameField errors={errors} value={v.name} />
      <div className="field">
        <label htmlFor="email">{tf("email")}</label>
        <p className="muted hint" id="email-hint">{tf("emailHint")}</p>
        <input id="email" name="email" type="email" required maxLength={254} autoComplete="off" defaultValue={v.email} {...describe("email", errors("email"), true)} />
        <FieldError id="email-error" messages={errors("email")} />
      </div>
      <RoleFields errors={errors} value={roles} />
      <LocaleField errors={errors} value={v.locale} />
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{pending ? t("submitting") : t("submit")}</button>
      </div>
    </form>
  );
}
