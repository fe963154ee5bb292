"use client";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";
import { EPISODE_FIELDS, EpisodeFields } from "./episode-fields";

export function NewPatientForm({ today, action: submit }: { today: string; action: FormStateAction }) {
  const t = useTranslations("patient");
  const { state, pending, errors, formProps } = useFormAction(submit);
  const v = state.values ?? {};
  return (
    <form {...formProps} className="stack card form-narrow" noValidate>
      <ErrorSummary state={state} id="patient-errors" fields={["code", "birthYear", ...EPISODE_FIELDS]} />
      <div className="field">
        <label htmlFor="code">{t("code")}</label>
        <p className="muted hint" id="code-hint">{t("codeHint")}</p>
        <input id="code" name="code" required maxLength={24} autoComplete="off" defaultValue={v.code} {...describe("code", errors("code"), true)} />
        <FieldError id="code-error" messages={errors("code")} />
      </div>
      <div className="field">
        <label htmlFor="birthYear">{t("birthYear")}</label>
        <input id="birthYear" name="birthYear" inputMode="numeric" maxLength={4} className="input-short" autoComplete="off" defaultValue={v.birthYear} {...describe("birthYear", errors("birthYear"))} />
        <FieldError id="birthYear-error" messages={errors("birthYear")} />
      </div>
      <fieldset className="stack">
        <legend className="legend">{t("firstEpisode")}</legend>
        <EpisodeFields state={state} today={today} />
      </fieldset>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{pending ? t("creating") : t("create")}</button>
      </div>
    </form>
  );
}
