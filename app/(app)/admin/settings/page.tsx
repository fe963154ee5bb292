import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { getClinicSettings } from "@/lib/data/settings";
import { DEFAULT_PARAMS, NUMERIC_PARAMS, PARAM_INFO, RULE_NAMES, ruleLabel } from "@/lib/alliance";
import { RATING_LINK_HOURS, ruleField } from "@/lib/validation/clinic-settings";
import { savedNotice } from "@/lib/validation/settings-notice";
import { SettingsGeneralForm } from "@/components/admin/settings-general-form";
import { InstrumentForm, type InstrumentOption } from "@/components/admin/instrument-form";
import { EngineForm, type NormsState, type ParamRow, type RuleRow } from "@/components/admin/engine-form";
import { SettingsSaved } from "@/components/admin/settings-saved";
import { updateSettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clinicSettings"))("title") };
}

export default async function ClinicSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser(["ADMIN"]);
  const [t, locale, settings, query] = await Promise.all([getTranslations("clinicSettings"), getLocale(), getClinicSettings(user), searchParams]);
  const overrides = settings.engineParams;
  const current = settings.instruments.find((c) => c.instrument.id === settings.instrument)?.instrument;
  const params: ParamRow[] = NUMERIC_PARAMS.map((key) => ({
    key,
    label: PARAM_INFO[key].label[locale],
    unit: PARAM_INFO[key].unit?.[locale] ?? null,
    basis: PARAM_INFO[key].basis,
    source: PARAM_INFO[key].source[locale],
    defaultValue: DEFAULT_PARAMS[key],
    value: overrides[key] ?? DEFAULT_PARAMS[key],
  }));
  const norms: NormsState = {
    mode: overrides.norms === undefined ? "instrument" : overrides.norms === null ? "off" : "custom",
    sd: overrides.norms?.sd ?? null,
    r: overrides.norms?.r ?? null,
    instrumentNorms: current?.norms ? `SD ${current.norms.sd}, r ${current.norms.r}` : null,
    label: PARAM_INFO.norms.label[locale],
    basis: PARAM_INFO.norms.basis,
    source: PARAM_INFO.norms.source[locale],
  };
  const rules: RuleRow[] = RULE_NAMES.map((name) => ({ name, field: ruleField(name), label: ruleLabel(name, locale), on: overrides.rules?.[name] !== false }));
  const options: InstrumentOption[] = settings.instruments.map(({ instrument: i, clinicSupplied, missingText }) => ({
    id: i.id,
    name: i.name[locale],
    licensed: i.licensed,
    source: i.source ?? null,
    norms: i.norms ?? null,
    clinicSupplied,
    missingText: missingText.length,
    items: i.items.map((item) => ({ id: item.id, subscale: item.subscale, nb: item.text.nb, en: item.text.en, min: item.min, max: item.max, reverse: item.reverse })),
  }));
  // Forms remount with the stored values after each save (their fields are uncontrolled).
  const version = JSON.stringify([settings.name, settings.defaultLocale, settings.ratingLinkHours, settings.instrument, overrides]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <SettingsSaved notice={savedNotice(query)} />
      <section className="stack" aria-labelledby="general-heading">
        <h2 id="general-heading">{t("general")}</h2>
        <SettingsGeneralForm key={version} settings={settings} hours={RATING_LINK_HOURS} action={updateSettingsAction} />
      </section>
      <section className="stack" aria-labelledby="instrument-heading">
        <h2 id="instrument-heading">{t("instrument")}</h2>
        <p className="muted">{t("instrumentIntro")}</p>
        <InstrumentForm key={version} options={options} current={settings.instrument} action={updateSettingsAction} />
      </section>
      <section className="stack" aria-labelledby="engine-heading">
        <h2 id="engine-heading">{t("engine")}</h2>
        <p className="muted">{t("engineIntro")}</p>
        <EngineForm key={version} params={params} norms={norms} rules={rules} rulesInfo={{ label: PARAM_INFO.rules.label[locale], source: PARAM_INFO.rules.source[locale] }} action={updateSettingsAction} />
      </section>
    </>
  );
}
