"use client";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";

export function EndEpisodeForm({ episodeId, today, action: submit }: { episodeId: string; today: string; action: FormStateAction }) {
  const t = useTranslations("episode");
  const { state, pending, errors, formProps } = useFormAction(submit);
  return (
    <details className="card">
      <summary>{t("end")}</summary>
      <form {...formProps} className="stack" noValidate>
        <ErrorSummary state={state} id="end-errors" fields={["endDate"]} />
        <input type="hidden" name="id" value={episodeId} />
        <p className="muted" id="endDate-hint">{t("endHint")}</p>
        <div className="field">
          <label htmlFor="endDate">{t("endDate")}</label>
          <input id="endDate" name="endDate" type="date" max={today} defaultValue={state.values?.endDate ?? today} {...describe("endDate", errors("endDate"), true)} />
          <FieldError id="endDate-error" messages={errors("endDate")} />
        </div>
        <div className="row">
          <button type="submit" className="button danger" disabled={pending}>{pending ? t("ending") : t("end")}</button>
        </div>
      </form>
    </details>
  );
}
