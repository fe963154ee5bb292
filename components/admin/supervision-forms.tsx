"use client";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";

type Person = { id: string; name: string; email: string };

function PersonSelect({ name, label, people, errors, value }: { name: string; label: string; people: Person[]; errors: string[]; value?: string }) {
  const t = useTranslations("adminSupervision");
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} required defaultValue={value ?? ""} {...describe(name, errors)}>
        <option value="" disabled>{t("choose")}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>{`${p.name} (${p.email})`}</option>
        ))}
      </select>
      <FieldError id={`${name}-error`} messages={errors} />
    </div>
  );
}

export function AssignSupervisionForm({ supervisors, therapists, action: submit }: { supervisors: Person[]; therapists: Person[]; action: FormStateAction }) {
  const t = useTranslations("adminSupervision");
  const { state, pending, errors, formProps } = useFormAction(submit);
  const v = state.values ?? {};
  return (
    <form {...formProps} className="stack card form-narrow" noValidate aria-labelledby="assign-heading">
      <h2 id="assign-heading">{t("assignTitle")}</h2>
      <ErrorSummary state={state} id="assign-errors" fields={["supervisorId", "therapistId"]} />
      <div className="row">
        <PersonSelect name="supervisorId" label={t("supervisor")} people={supervisors} errors={errors("supervisorId")} value={v.supervisorId} />
        <PersonSelect name="therapistId" label={t("therapist")} people={therapists} errors={errors("therapistId")} value={v.therapistId} />
      </div>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{t("assign")}</button>
      </div>
    </form>
  );
}

/** One pair's remove button, named for the pair so a list of them can be told apart. */
export function RemovePairForm({ supervisor, therapist, action: submit }: { supervisor: { id: string; name: string }; therapist: { id: string; name: string }; action: FormStateAction }) {
  const t = useTranslations("adminSupervision");
  const { state, pending, formProps } = useFormAction(submit);
  return (
    <form {...formProps} className="stack">
      <ErrorSummary state={state} id={`remove-errors-${supervisor.id}-${therapist.id}`} />
      <input type="hidden" name="supervisorId" value={supervisor.id} />
      <input type="hidden" name="therapistId" value={therapist.id} />
      <button type="submit" className="button secondary" disabled={pending} aria-label={t("removeLabel", { supervisor: supervisor.name, therapist: therapist.name })}>
        {t("remove")}
      </button>
    </form>
  );
}
