import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { getTriage } from "@/lib/data/supervision";
import { readPeriod } from "@/lib/validation/supervision";
import { todayIso } from "@/lib/validation/form-input";
import { periodParams } from "@/lib/supervision/period";
import { TRIAGE_REASONS, type TriageReason } from "@/lib/supervision/triage";
import { PeriodPicker } from "@/components/supervision/period-picker";
import { TriageFilters } from "@/components/supervision/triage-filters";
import { TriageList } from "@/components/supervision/triage-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervisionTriage"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function TriagePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser(["SUPERVISOR"]);
  const raw = await searchParams;
  const { choice, days, period, invalid } = readPeriod({ period: first(raw.period), from: first(raw.from), to: first(raw.to) }, todayIso());
  // Filters are ids and fixed words; anything else is ignored rather than an error page.
  const therapistId = first(raw.therapist)?.slice(0, 64) || undefined;
  const reasonRaw = first(raw.reason);
  const reason = (TRIAGE_REASONS as readonly string[]).includes(reasonRaw ?? "") ? (reasonRaw as TriageReason) : undefined;
  const [t, locale] = await Promise.all([getTranslations("supervisionTriage"), getLocale()]);
  const { supervisees, entries } = await getTriage(user, period, locale, { therapistId, reason });
  const params = periodParams(choice, days);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <p><Link href={`/supervision?${new URLSearchParams(params)}`}>{t("back")}</Link></p>
      {invalid && <p className="error-summary" role="alert">{(await getTranslations("supervisionPeriod"))("invalid")}</p>}
      <PeriodPicker path="/supervision/triage" choice={choice} days={days} keep={{ therapist: therapistId, reason }} />
      <TriageFilters supervisees={supervisees} therapistId={therapistId} reason={reason} keep={params} />
      <p role="status">{t("count", { count: entries.length })}</p>
      {entries.length > 0 && <TriageList entries={entries} />}
    </>
  );
}
