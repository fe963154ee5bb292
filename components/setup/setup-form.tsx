"use client";
import { useLocale, useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { LOCALES } from "@/lib/i18n/config";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";
import { NewPasswordFields } from "@/components/account/password-fields";

const EXTRA_ROLES = ["THERAPIST", "SUPERVISOR"] as const;

/** The first run: the clinic and its first administrator, who chooses their password here. */
export function SetupForm({ action: submit }: { action: FormStateAction }) {
  const t = useTranslations("setup");
  const tl = useTranslations("language");
  const tr = useTranslations("admin.role");
  const locale = useLocale();
  const { state, pending, errors, formProps } = useFormAction(submit);
  const v = state.values ?? {};
  const text = (name: string, label: string, extra: { type?: string; autoComplete?: string; hint?: string } = {}) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {extra.hint && <p className="muted hint" id={`${name}-hint`}>{extra.hint}</p>}
      <input id={name} name={name} type={extra.type ?? "text"} required maxLength={name === "adminEmail" ? 320 : name === "setupCode" ? 40 : 120} autoComplete={extra.autoComplete ?? "off"} defaultValue={v[name]} {...describe(name, errors(name), !!extra.hint)} />
      <FieldError id={`${name}-error`} messages={errors(name)} />
    </div>
  );
  return (
    <form {...formProps} className="stack" noValidate>
      <ErrorSummary state={state} id="setup-errors" fields={["setupCode", "clinicName", ["defaultLocale", `defaultLocale-${LOCALES[0]}`], "adminName", "adminEmail", "newPassword", "repeatPassword", ["roles", `role-${EXTRA_ROLES[0]}`]]} />
      {text("setupCode", t("setupCode"), { hint: t("setupCodeHint") })}
      <fieldset className="stack">
        <legend className="legend">{t("clinic")}</legend>
        {text("clinicName", t("clinicName"), { autoComplete: "organization" })}
        <fieldset className="stack checks" aria-describedby="defaultLocale-hint">
          <legend className="legend">{t("defaultLocale")}</legend>
          <p className="muted hint" id="defaultLocale-hint">{t("defaultLocaleHint")}</p>
          {LOCALES.map((l) => (
            <label key={l} className="check">
              <input type="radio" id={`defaultLocale-${l}`} name="defaultLocale" value={l} defaultChecked={(v.defaultLocale ?? locale) === l} /> <span lang={l}>{tl(l)}</span>
            </label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset className="stack">
        <legend className="legend">{t("admin")}</legend>
        {text("adminName", t("adminName"), { autoComplete: "name" })}
        {text("adminEmail", t("adminEmail"), { type: "email", autoComplete: "username", hint: t("adminEmailHint") })}
        <NewPasswordFields state={state} label="password" />
        <fieldset className="stack checks" aria-describedby="roles-hint">
          <legend className="legend">{t("roles")}</legend>
          <p className="muted hint" id="roles-hint">{t("rolesHint")}</p>
          {EXTRA_ROLES.map((role) => (
            <label key={role} className="check">
              <input type="checkbox" id={`role-${role}`} name="roles[]" value={role} defaultChecked={v.roles?.split(",").includes(role)} /> {tr(role)}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{pending ? t("submitting") : t("submit")}</button>
      </div>
    </form>
  );
}
