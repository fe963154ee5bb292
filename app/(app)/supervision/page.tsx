import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { getSupervisionSummary } from "@/lib/data/supervision";
import { readPeriod } from "@/lib/validation/supervision";
import { periodParams } from "@/lib/supervision/period";
import { todayIso } from "@/lib/validation/form-input";
import { PeriodPicker } from "@/components/supervision/period-picker";
import { FiguresTable } from "@/components/supervision/figures-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SupervisionPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser(["SUPERVISOR"]);
  const raw = await searchParams;
  const { choice, days, period, invalid } = readPeriod({ period: first(raw.period), from: first(raw.from), to: first(raw.to) }, todayIso());
  const [t, th, summary] = await Promise.all([getTranslations("supervision"), getTranslations("supervisionHome"), getSupervisionSummary(user, period)]);
  const query = new URLSearchParams(periodParams(choice, days)).toString();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{th("intro")}</p>
      {invalid && <p className="error-summary" role="alert">{(await getTranslations("supervisionPeriod"))("invalid")}</p>}
      <PeriodPicker path="/supervision" choice={choice} days={days} />
      {summary.figures.length === 0 ? (
        <p>{th("none")}</p>
      ) : (
        <>
          <p className="row tight">
            <Link href={`/supervision/triage?${query}`}>{th("triageLink")}</Link>
            <Link href={`/supervision/trend?${query}`}>{(await getTranslations("supervisionTrend"))("link")}</Link>
            <Link href={`/supervision/report?${query}`}>{(await getTranslations("supervisionReport"))("reportLink")}</Link>
          </p>
          <FiguresTable rows={summary.figures} query={query} />
        </>
      )}
    </>
  );
}
