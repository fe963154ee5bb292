"use client";
import { useLocale, useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { ErrorSummary, FieldError, useFormAction } from "@/components/ui/form-parts";

export type InstrumentOption = {
  id: string;
  name: string;
  licensed: boolean;
  source: string | null;
  norms: { sd: number; r: number } | null;
  clinicSupplied: boolean;
  missingText: number;
  items: { id: string; subscale: "bond" | "goals" | "tasks"; nb: string; en: string; min: number; max: number; reverse: boolean }[];
};

/** The instruments Bordin ships (and the clinic's own copy), each with every item in both languages. */
export function InstrumentForm({ options, current, action: submit }: { options: InstrumentOption[]; current: string; action: FormStateAction }) {
  const t = useTranslations("clinicSettings");
  const locale = useLocale();
  const { state, pending, errors, formProps } = useFormAction(submit);
  const missing = <em className="muted" lang={locale}>{t("missingText")}</em>;
  const chosen = state.values?.instrument ?? current;
  return (
    <form {...formProps} className="stack card" noValidate>
      <ErrorSummary state={state} id="instrument-errors" fields={[["instrument", `instrument-${chosen}`]]} />
      <input type="hidden" name="section" value="instrument" />
      <fieldset className="stack" aria-describedby={errors("instrument").length ? "instrument-error" : undefined}>
        <legend className="legend">{t("instrument")}</legend>
        {options.map((o) => (
          <div key={o.id} className="stack instrument-option">
            <label className="check">
              <input type="radio" id={`instrument-${o.id}`} name="instrument" value={o.id} defaultChecked={o.id === chosen} disabled={o.missingText > 0} aria-describedby={`instrument-${o.id}-about`} />
              <span>
                <strong>{o.name}</strong>
                {o.id === current ? ` (${t("instrumentCurrent")})` : null}
                {o.clinicSupplied ? ` — ${t("instrumentClinicSupplied")}` : null}
              </span>
            </label>
            <div id={`instrument-${o.id}-about`} className="stack">
              {o.missingText > 0 && <p className="hint">{t("instrumentUnavailable", { count: o.missingText })}</p>}
              {o.source && <p className="muted hint">{o.licensed ? `${t("instrumentLicensed")}. ` : null}{t("instrumentSource")}: {o.source}</p>}
              {o.norms && <p className="muted hint">{t("instrumentNorms", o.norms)}</p>}
            </div>
            <div className="table-scroll">
              <table className="table">
                <caption className="visually-hidden">{t("items")}: {o.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("item")}</th>
                    <th scope="col">{t("subscale")}</th>
                    <th scope="col" lang="nb">{t("textNb")}</th>
                    <th scope="col" lang="en">{t("textEn")}</th>
                    <th scope="col">{t("scale")}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">{item.id}</th>
                      <td>{t(`subscales.${item.subscale}`)}</td>
                      <td lang="nb">{item.nb || missing}</td>
                      <td lang="en">{item.en || missing}</td>
                      <td className="num">{item.min}–{item.max}{item.reverse ? " ↺" : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </fieldset>
      <FieldError id="instrument-error" messages={errors("instrument")} />
      <div className="row">
        <button type="submit" className="button" disabled={pending}>{pending ? t("saving") : t("useInstrument")}</button>
      </div>
    </form>
  );
}
