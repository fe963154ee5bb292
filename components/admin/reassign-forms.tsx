"use client";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";

type Therapist = { id: string; name: string };

/** One patient's move: the target therapist and a button, both named by the patient's code. */
export function ReassignPatientForm({ patient, therapists, view, action: submit }: { patient: { id: string; code: string; therapistId: string }; therapists: Therapist[]; view?: string; action: FormStateAction }) {
  const t = useTranslations("adminPatients");
  const { state, pending, errors, formProps } = useFormAction(submit);
  const selectId = `to-${patient.id}`;
  const others = therapists.filter((th) => th.id !== patient.therapistId);
  return (
    <form {...formProps} className="row tight">
      <ErrorSummary state={state} id={`move-errors-${patient.id}`} fields={[["therapistId", selectId]]} />
      <input type="hidden" name="id" value={patient.id} />
      {view ? <input type="hidden" name="view" value={view} /> : null}
      <label htmlFor={selectId} className="visually-hidden">{t("moveLabel", { code: patient.code })}</label>
      <select id={selectId} name="therapistId" required defaultValue="" {...describe(selectId, errors("therapistId"))}>
        <option value="" disabled>{t("moveTo")}</option>
        {others.map((th) => (
          <option key={th.id} value={th.id}>{th.name}</option>
        ))}
      </select>
      <button type="submit" className="button secondary" disabled={pending} aria-label={t("moveButton", { code: patient.code })}>{t("move")}</button>
      <FieldError id={`${selectId}-error`} messages={errors("therapistId")} />
    </form>
  );
}

/** A leaver's whole caseload to one therapist. */
export function ReassignCaseloadForm({ owners, therapists, from, action: submit }: { owners: (Therapist & { patients: number; active: boolean })[]; therapists: Therapist[]; from?: string; action: FormStateAction }) {
  const t = useTranslations("adminPatients");
  const { state, pending, errors, formProps } = useFormAction(submit);
  const v = state.values ?? {};
  return (
    <form {...formProps} className="stack card form-narrow" noValidate aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">{t("bulkTitle")}</h2>
      <p className="muted">{t("bulkIntro")}</p>
      <ErrorSummary state={state} id="bulk-errors" fields={["fromTherapistId", "toTherapistId"]} />
      <div className="row">
        <div className="field">
          <label htmlFor="fromTherapistId">{t("from")}</label>
          <select id="fromTherapistId" name="fromTherapistId" required defaultValue={v.fromTherapistId ?? from ?? ""} {...describe("fromTherapistId", errors("fromTherapistId"))}>
            <option value="" disabled>{t("choose")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>{t("caseloadOption", { name: o.active ? o.name : t("inactive", { name: o.name }), count: o.patients })}</option>
            ))}
          </select>
          <FieldError id="fromTherapistId-error" messages={errors("fromTherapistId")} />
        </div>
        <div className="field">
          <label htmlFor="toTherapistId">{t("to")}</label>
          <select id="toTherapistId" name="toTherapistId" required defaultValue={v.toTherapistId ?? ""} {...describe("toTherapistId", errors("toTherapistId"))}>
            <option value="" disabled>{t("choose")}</option>
            {therapists.map((th) => (
              <option key={th.id} value={th.id}>{th.name}</option>
            ))}
          </select>
          <FieldError id="toTherapistId-error" messages={errors("toTherapistId")} />
        </div>
      </div>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{t("bulkMove")}</button>
      </div>
    </form>
  );
}
