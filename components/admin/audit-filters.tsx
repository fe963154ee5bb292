"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";

export type AuditFilterValues = { userId?: string; action?: string; from?: string; to?: string; patient?: string };

/** Posted to a server action: the patient code stays out of the URL (the action puts the patient's id there). */
export function AuditFilters({ users, actions, values, action: submit }: { users: { id: string; name: string; active: boolean }[]; actions: { value: string; label: string }[]; values: AuditFilterValues; action: FormStateAction }) {
  const t = useTranslations("auditLog");
  const { state, pending, errors, formProps } = useFormAction(submit);
  const v: AuditFilterValues = state.values ?? values;
  return (
    <form {...formProps} className="stack card" role="search" aria-label={t("filters")} noValidate>
      <ErrorSummary state={state} id="audit-filter-errors" fields={["userId", "action", "patient", "from", "to"]} />
      <div className="row">
        <div className="field">
          <label htmlFor="userId">{t("user")}</label>
          <select id="userId" name="userId" defaultValue={v.userId ?? ""} {...describe("userId", errors("userId"))}>
            <option value="">{t("anyUser")}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>{u.active ? u.name : `${u.name} ${t("inactive")}`}</option>
            ))}
          </select>
          <FieldError id="userId-error" messages={errors("userId")} />
        </div>
        <div className="field">
          <label htmlFor="action">{t("action")}</label>
          <select id="action" name="action" defaultValue={v.action ?? ""} {...describe("action", errors("action"))}>
            <option value="">{t("anyAction")}</option>
            {actions.map((a) => (
              <option key={a.value} value={a.value}>{a.label}</option>
            ))}
          </select>
          <FieldError id="action-error" messages={errors("action")} />
        </div>
        <div className="field">
          <label htmlFor="patient">{t("patient")}</label>
          <input id="patient" name="patient" maxLength={24} autoComplete="off" defaultValue={v.patient ?? ""} {...describe("patient", errors("patient"), true)} />
          <FieldError id="patient-error" messages={errors("patient")} />
        </div>
        <div className="field">
          <label htmlFor="from">{t("from")}</label>
          <input id="from" name="from" type="date" defaultValue={v.from ?? ""} {...describe("from", errors("from"))} />
          <FieldError id="from-error" messages={errors("from")} />
        </div>
        <div className="field">
          <label htmlFor="to">{t("to")}</label>
          <input id="to" name="to" type="date" defaultValue={v.to ?? ""} {...describe("to", errors("to"))} />
          <FieldError id="to-error" messages={errors("to")} />
        </div>
      </div>
      <p className="muted hint" id="patient-hint">{t("patientHint")}</p>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{t("apply")}</button>
        <Link href="/admin/audit" className="button secondary">{t("clear")}</Link>
      </div>
    </form>
  );
}
