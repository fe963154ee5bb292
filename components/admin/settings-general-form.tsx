"use client";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";

export type GeneralSettings = { name: string; defaultLocale: string; ratingLinkHours: number };

/** Name, default language and rating-link lifetime: the section of the settings that recomputes nothing. */
export function SettingsGeneralForm({ settings, hours, action: submit }: { settings: GeneralSettings; hours: { min: number; max: number }; action: FormStateAction }) {
  const t = useTranslations("clinicSettings");
  const { state, pending, errors, formProps } = useFormAction(submit);
  const v = state.values ?? {};
  return (
    <form {...formProps} className="stack card form-narrow" noValidate>
      <ErrorSummary state={state} id="general-errors" fields={["name", "defaultLocale", "ratingLinkHours"]} />
      <input type="hidden" name="section" value="general" />
      <div className="field">
        <label htmlFor="name">{t("name")}</label>
        <input id="name" name="name" required maxLength={100} defaultValue={v.name ?? settings.name} {...describe("name", errors("name"))} />
        <FieldError id="name-error" messages={errors("name")} />
      </div>
      <div className="field">
        <label htmlFor="defaultLocale">{t("defaultLocale")}</label>
        <p className="muted hint" id="defaultLocale-hint">{t("defaultLocaleHint")}</p>
        <select id="defaultLocale" name="defaultLocale" defaultValue={v.defaultLocale ?? settings.defaultLocale} {...describe("defaultLocale", errors("defaultLocale"), true)}>
          <option value="nb" lang="nb">{t("locales.nb")}</option>
          <option value="en" lang="en">{t("locales.en")}</option>
        </select>
        <FieldError id="defaultLocale-error" messages={errors("defaultLocale")} />
      </div>
      <div className="field">
        <label htmlFor="ratingLinkHours">{t("ratingLinkHours")}</label>
        <p className="muted hint" id="ratingLinkHours-hint">{t("ratingLinkHoursHint", hours)}</p>
        <div className="row">
          <input id="ratingLinkHours" name="ratingLinkHours" type="number" min={hours.min} max={hours.max} step={1} className="input-short" defaultValue={v.ratingLinkHours ?? String(settings.ratingLinkHours)} {...describe("ratingLinkHours", errors("ratingLinkHours"), true)} />
          <span>{t("hours")}</span>
        </div>
        <FieldError id="ratingLinkHours-error" messages={errors("ratingLinkHours")} />
      </div>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{pending ? t("saving") : t("save")}</button>
      </div>
    </form>
  );
}
