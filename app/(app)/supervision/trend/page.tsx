import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { getClinicTrend, mayViewClinicTrend } from "@/lib/data/supervision-trend";
import { periodParams } from "@/lib/supervision/period";
import { readPeriod } from "@/lib/validation/supervision";
import { todayIso } from "@/lib/validation/form-input";
import { PeriodPicker } from "@/components/supervision/period-picker";
import { TrendChart } from "@/components/supervision/trend-chart";
import { WeeklyTable } from "@/components/supervision/weekly-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervisionTrend"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The weekly trend of the supervisees' caseloads (or the clinic's, for an admin who supervises). */
export default async function SupervisionTrendPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser(["SUPERVISOR"]);
  const raw = await searchParams;
  const { choice, days, period, invalid } = readPeriod({ period: first(raw.period), from: first(raw.from), to: first(raw.to) }, todayIso());
  const asked = first(raw.scope) === "clinic" ? "clinic" : "supervisees";
  const [t, tp, trend] = await Promise.all([getTranslations("supervisionTrend"), getTranslations("supervisionPeriod"), getClinicTrend(user, asked, period)]);
  const params = periodParams(choice, days);
  const scopeHref = (scope: string) => `/supervision/trend?${new URLSearchParams({ ...params, scope })}`;
  const whose = t(`scopes.${trend.scope}`);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <p><Link href={`/supervision?${new URLSearchParams(params)}`}>{t("back")}</Link></p>
      {invalid && <p className="error-summary" role="alert">{tp("invalid")}</p>}
      {mayViewClinicTrend(user) && (
        <nav aria-label={t("scope")}>
          <ul className="row tight plain-list">
            {(["supervisees", "clinic"] as const).map((s) => (
              <li key={s}><Link href={scopeHref(s)} aria-current={trend.scope === s ? "true" : undefined}>{t(`scopes.${s}`)}</Link></li>
            ))}
          </ul>
        </nav>
      )}
      <PeriodPicker path="/supervision/trend" choice={choice} days={days} keep={{ scope: trend.scope === "clinic" ? "clinic" : undefined }} />
      <h2>{t("chartTitle", { whose })}</h2>
      <p role="status">{t("therapists", { count: trend.therapists })}</p>
      <TrendChart
        weeks={trend.weeks}
        labels={{
          summary: t("summary", { whose, weeks: trend.weeks.length }),
          alliance: t("alliance"),
          completion: t("completion"),
          opened: t("opened"),
          repaired: t("repaired"),
        }}
      />
      <details>
        <summary>{t("tableSummary")}</summary>
        <WeeklyTable weeks={trend.weeks} caption={t("tableCaption", { whose })} />
      </details>
    </>
  );
}
