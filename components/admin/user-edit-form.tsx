"use client";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, useFormAction } from "@/components/ui/form-parts";
import { OneTimePassword } from "./one-time-password";
import { LocaleField, NameField, ROLE_FIELD_ID, RoleFields } from "./user-fields";

type Account = { id: string; name: string; roles: readonly string[]; locale: string | null; active: boolean };
const FIELDS = ["name", ["roles", ROLE_FIELD_ID], "locale"] as const;

/** Name, roles and language of an account. */
export function UserEditForm({ user, action: submit }: { user: Account; action: FormStateAction }) {
  const t = useTranslations("editUser");
  const { state, pending, errors, formProps } = useFormAction(submit);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form {...formProps} className="stack card form-narrow" noValidate aria-labelledby="details-heading">
      <h2 id="details-heading">{t("details")}</h2>
      <ErrorSummary state={state} id="edit-errors" fields={FIELDS} ok={t("saved")} />
      <input type="hidden" name="id" value={user.id} />
      <NameField errors={errors} value={v.name ?? user.name} />
      <RoleFields errors={errors} value={v.roles !== undefined ? v.roles.split("\n") : user.roles} />
      <LocaleField errors={errors} value={v.locale ?? user.locale} />
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{pending ? t("saving") : t("save")}</button>
      </div>
    </form>
  );
}

/** Deactivate or reactivate: one button, with what it does beside it. */
export function UserStatusForm({ user, action: submit }: { user: Account; action: FormStateAction }) {
  const t = useTranslations("editUser");
  const { state, pending, formProps } = useFormAction(submit);
  return (
    <form {...formProps} className="stack card form-narrow" aria-labelledby="status-heading">
      <h2 id="status-heading">{t("statusTitle")}</h2>
      <ErrorSummary state={state} id="status-errors" ok={t("statusSaved")} />
      <p>{user.active ? t("activeText") : t("inactiveText")}</p>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
      <p className="muted hint" id="status-hint">{user.active ? t("deactivateHint") : t("reactivateHint")}</p>
      <div className="row">
        <button type="submit" className={user.active ? "button danger" : "button"} disabled={pending} aria-describedby="status-hint">
          {user.active ? t("deactivate") : t("reactivate")}
        </button>
      </div>
    </form>
  );
}

/** A new one-time password, shown here once. */
export function ResetPasswordForm({ user, action: submit }: { user: Account; action: FormStateAction }) {
  const t = useTranslations("editUser");
  const { state, pending, formProps } = useFormAction(submit);
  return (
    <form {...formProps} className="stack card form-narrow" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t("resetTitle")}</h2>
      <ErrorSummary state={state} id="reset-errors" />
      {state.status === "ok" && state.shown ? <OneTimePassword heading={t("resetDone", { name: user.name })} password={state.shown.password} /> : null}
      <input type="hidden" name="id" value={user.id} />
      <p className="muted hint" id="reset-hint">{t("resetHint")}</p>
      <div className="row">
        <button type="submit" className="button secondary" disabled={pending} aria-describedby="reset-hint">{pending ? t("resetting") : t("reset")}</button>
      </div>
    </form>
  );
}
