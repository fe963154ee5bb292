"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DIMENSIONS, MARKERS, REPAIR_STRATEGIES } from "@/lib/alliance";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";

// The summary's links, in the form's order (the strategies' link goes to the first box).
const SUMMARY_FIELDS = ["date", "number", "therapistBond", "therapistGoals", "therapistTasks", "marker", "markerDimension", ["repairStrategies", `strategy-${REPAIR_STRATEGIES[0].id}`], "note"] as const;

// Built to take under a minute: date and number are filled in, everything else is optional, and
// the order follows the session (own rating, anything that broke, what was done, a note).
export function SessionForm({ episodeId, today, nextNumber, action: submit }: { episodeId: string; today: string; nextNumber: number; action: FormStateAction }) {
  const t = useTranslations("sessionForm");
  const locale = useLocale();
  const { state, pending, errors, formProps } = useFormAction(submit);
  const v = state.values ?? {};
  const strategies = v.repairStrategies?.split("\n") ?? [];
  return (
    <form {...formProps} className="stack card form-narrow" noValidate>
      <ErrorSummary state={state} id="session-errors" fields={SUMMARY_FIELDS} />
      <input type="hidden" name="id" value={episodeId} />
      <div className="row">
        <div className="field">
          <label htmlFor="date">{t("date")}</label>
          <input id="date" name="date" type="date" max={today} required defaultValue={v.date ?? today} {...describe("date", errors("date"))} />
          <FieldError id="date-error" messages={errors("date")} />
        </div>
        <div className="field">
          <label htmlFor="number">{t("number")}</label>
          <input id="number" name="number" inputMode="numeric" className="input-short" defaultValue={v.number ?? String(nextNumber)} {...describe("number", errors("number"))} />
          <FieldError id="number-error" messages={errors("number")} />
        </div>
      </div>
      <fieldset className="stack" aria-describedby="own-hint">
        <legend className="legend">{t("ownRating")}</legend>
        <p className="muted hint" id="own-hint">{t("ownRatingHint")}</p>
        <div className="row">
          {(["Bond", "Goals", "Tasks"] as const).map((d) => (
            <div className="field" key={d}>
              <label htmlFor={`therapist${d}`}>{t(d.toLowerCase() as "bond" | "goals" | "tasks")}</label>
              <input id={`therapist${d}`} name={`therapist${d}`} type="number" min={0} max={10} step={1} className="input-short" defaultValue={v[`therapist${d}`]} {...describe(`therapist${d}`, errors(`therapist${d}`))} />
              <FieldError id={`therapist${d}-error`} messages={errors(`therapist${d}`)} />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <div className="field">
          <label htmlFor="marker">{t("marker")}</label>
          <select id="marker" name="marker" defaultValue={v.marker ?? "none"} {...describe("marker", errors("marker"))}>
            {MARKERS.map((m) => (
              <option key={m} value={m}>{t(`markers.${m}`)}</option>
            ))}
          </select>
          <FieldError id="marker-error" messages={errors("marker")} />
        </div>
        <div className="field">
          <label htmlFor="markerDimension">{t("markerDimension")}</label>
          <select id="markerDimension" name="markerDimension" defaultValue={v.markerDimension ?? ""} {...describe("markerDimension", errors("markerDimension"))}>
            <option value="">{t("dimensionNone")}</option>
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>{t(d)}</option>
            ))}
          </select>
          <FieldError id="markerDimension-error" messages={errors("markerDimension")} />
        </div>
      </div>
      <fieldset className="stack checks" aria-describedby={errors("repairStrategies").length ? "repairStrategies-error" : undefined}>
        <legend className="legend">{t("strategies")}</legend>
        {REPAIR_STRATEGIES.map((s) => (
          <label key={s.id} className="check">
            <input type="checkbox" id={`strategy-${s.id}`} name="repairStrategies[]" value={s.id} defaultChecked={strategies.includes(s.id)} /> {s.label[locale]}
          </label>
        ))}
        <FieldError id="repairStrategies-error" messages={errors("repairStrategies")} />
      </fieldset>
      <div className="field">
        <label htmlFor="note">{t("note")}</label>
        <p className="muted hint" id="note-hint">{t("noteHint")}</p>
        <textarea id="note" name="note" rows={3} maxLength={1000} defaultValue={v.note} {...describe("note", errors("note"), true)} />
        <FieldError id="note-error" messages={errors("note")} />
      </div>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{pending ? t("saving") : t("save")}</button>
        {/* One step to the patient's rating: saves, then shows a new link and its QR code. */}
        <button type="submit" name="then" value="rating-link" className="button" disabled={pending}>{t("saveAndLink")}</button>
        <Link href={`/episodes/${episodeId}`} className="button secondary">{t("cancel")}</Link>
      </div>
    </form>
  );
}
