"use client";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, useFormAction } from "@/components/ui/form-parts";
import { EPISODE_FIELDS, EpisodeFields } from "./episode-fields";

export function StartEpisodeForm({ patientId, today, action: submit }: { patientId: string; today: string; action: FormStateAction }) {
  const t = useTranslations("episode");
  const { state, pending, formProps } = useFormAction(submit);
  return (
    <form {...formProps} className="stack card form-narrow" noValidate>
      <h2>{t("startNew")}</h2>
      <ErrorSummary state={state} id="episode-errors" fields={EPISODE_FIELDS} />
      <input type="hidden" name="id" value={patientId} />
      <EpisodeFields state={state} today={today} />
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{pending ? t("starting") : t("start")}</button>
      </div>
    </form>
  );
}
