"use client";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/mutation";
import { MODALITIES } from "@/lib/validation/modalities";
import { FieldError, describe, useFieldMessages } from "@/components/ui/form-parts";

/** The fields' names, which are also their inputs' ids, for the form's error summary. */
export const EPISODE_FIELDS = ["modality", "goals", "startDate"] as const;

/** Modality, goals and start date: part of the new-patient form and of "start a new episode". */
export function EpisodeFields({ state, today }: { state: FormState; today: string }) {
  const t = useTranslations("episode");
  const errors = useFieldMessages(state);
  const v = state.values ?? {};
  const goalErrors = Object.keys(state.fieldErrors ?? {}).filter((k) => k.startsWith("goals")).flatMap(errors);
  return (
    <>
      <div className="field">
        <label htmlFor="modality">{t("modality")}</label>
        <select id="modality" name="modality" defaultValue={v.modality ?? "cbt"} {...describe("modality", errors("modality"))}>
          {MODALITIES.map((m) => (
            <option key={m} value={m}>{t(`modalities.${m}`)}</option>
          ))}
        </select>
        <FieldError id="modality-error" messages={errors("modality")} />
      </div>
      <div className="field">
        <label htmlFor="goals">{t("goals")}</label>
        <p className="muted hint" id="goals-hint">{t("goalsHint")}</p>
        <textarea id="goals" name="goals" rows={3} defaultValue={v.goals} {...describe("goals", goalErrors, true)} />
        <FieldError id="goals-error" messages={goalErrors} />
      </div>
      <div className="field">
        <label htmlFor="startDate">{t("startDate")}</label>
        <input id="startDate" name="startDate" type="date" max={today} defaultValue={v.startDate ?? today} {...describe("startDate", errors("startDate"))} />
        <FieldError id="startDate-error" messages={errors("startDate")} />
      </div>
    </>
  );
}
