"use client";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, describe, useFormAction } from "@/components/ui/form-parts";

export type ParamRow = { key: string; label: string; unit: string | null; basis: "design" | "literature"; source: string; defaultValue: number; value: number };
export type NormsState = { mode: "instrument" | "custom" | "off"; sd: number | null; r: number | null; instrumentNorms: string | null; label: string; basis: "design" | "literature"; source: string };
export type RuleRow = { name: string; field: string; label: string; on: boolean };

/**
 * Every engine parameter with its default and the source of that default beside it. "Reset to
 * default" puts the default back in the field (saved with the form); without script the default is
 * shown beside each field to type in.
 */
export function EngineForm({ params, norms, rules, rulesInfo, action: submit }: { params: ParamRow[]; norms: NormsState; rules: RuleRow[]; rulesInfo: { label: string; source: string }; action: FormStateAction }) {
  const t = useTranslations("clinicSettings");
  const { state, pending, errors, formProps } = useFormAction(submit);
  const v = state.values;
  const form = useRef<HTMLFormElement>(null);
  const reset = (key: string, value: number) => {
    const input = form.current?.elements.namedItem(key);
    if (input instanceof HTMLInputElement) {
      input.value = String(value);
      input.focus();
    }
  };
  const normsErrors = [...errors("engineParams.norms"), ...errors("engineParams.norms.sd"), ...errors("engineParams.norms.r")];
  return (
    <form ref={form} {...formProps} className="stack card" noValidate>
      <ErrorSummary state={state} id="engine-errors" fields={[...params.map((p) => [`engineParams.${p.key}`, `param-${p.key}`] as const), ["engineParams.norms", "normsSd"], ["engineParams.rules", rules[0]?.field ?? "normsSd"]]} />
      <input type="hidden" name="section" value="engine" />
      {params.map((p) => {
        const id = `param-${p.key}`;
        const messages = errors(`engineParams.${p.key}`);
        return (
          <div className="field param-field" key={p.key}>
            <label htmlFor={id}>{p.label}</label>
            <div className="row">
              <input id={id} name={p.key} inputMode="decimal" className="input-short" defaultValue={v ? v[p.key] : String(p.value)} {...describe(id, messages, true)} />
              {p.unit && <span>{p.unit}</span>}
              <button type="button" className="button secondary" aria-label={`${t("reset")}: ${p.label}`} onClick={() => reset(p.key, p.defaultValue)}>
                {t("reset")}
              </button>
            </div>
            <p className="muted hint" id={`${id}-hint`}>
              <strong>{t("default", { value: p.defaultValue })}</strong> · {t(`basis.${p.basis}`)}: {p.source}
            </p>
            <FieldError id={`${id}-error`} messages={messages} />
          </div>
        );
      })}
      <fieldset className="stack" aria-describedby="norms-hint">
        <legend className="legend">{norms.label}</legend>
        <p className="muted hint" id="norms-hint">
          <strong>{t("default", { value: t("normsMode.instrument", { value: norms.instrumentNorms ?? t("normsNone") }) })}</strong> · {t(`basis.${norms.basis}`)}: {norms.source}
        </p>
        {(["instrument", "custom", "off"] as const).map((mode) => (
          <label className="check" key={mode}>
            <input type="radio" name="normsMode" value={mode} defaultChecked={(v?.normsMode ?? norms.mode) === mode} />
            {t(`normsMode.${mode}`, { value: norms.instrumentNorms ?? t("normsNone") })}
          </label>
        ))}
        <div className="row">
          <div className="field">
            <label htmlFor="normsSd">{t("normsSd")}</label>
            <input id="normsSd" name="normsSd" inputMode="decimal" className="input-short" defaultValue={v ? v.normsSd : (norms.sd ?? "")} {...describe("norms", normsErrors)} />
          </div>
          <div className="field">
            <label htmlFor="normsR">{t("normsR")}</label>
            <input id="normsR" name="normsR" inputMode="decimal" className="input-short" defaultValue={v ? v.normsR : (norms.r ?? "")} {...describe("norms", normsErrors)} />
          </div>
        </div>
        <FieldError id="norms-error" messages={normsErrors} />
      </fieldset>
      <fieldset className="stack checks" aria-describedby="rules-hint">
        <legend className="legend">{rulesInfo.label}</legend>
        <p className="muted hint" id="rules-hint">{t("rulesHint")} {rulesInfo.source}</p>
        {rules.map((r) => (
          <label className="check" key={r.name}>
            <input type="checkbox" id={r.field} name={r.field} defaultChecked={v ? v[r.field] !== undefined : r.on} /> {r.label}
          </label>
        ))}
        <FieldError id="rules-error" messages={errors("engineParams.rules")} />
      </fieldset>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{pending ? t("saving") : t("saveThresholds")}</button>
      </div>
    </form>
  );
}
