import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { listSupervisees } from "@/lib/data/supervision";
import { getSupervisionReport } from "@/lib/data/supervision-report";
import { pageNotFound } from "@/lib/page-errors";
import { periodParams } from "@/lib/supervision/period";
import { readReportQuery } from "@/lib/validation/supervision";
import { todayIso } from "@/lib/validation/form-input";
import { PeriodPicker } from "@/components/supervision/period-picker";
import { PrintButton } from "@/components/supervision/print-button";
import { ReportPage } from "@/components/supervision/report-page";

// No therapist's name in the tab title (it becomes the PDF's title too): a generic one.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervisionReport"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The supervision report: one printable page per supervisee (or the one chosen) over the period. */
export default async function SupervisionReportPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser(["SUPERVISOR"]);
  const raw = await searchParams;
  const q = readReportQuery({ therapist: first(raw.therapist), period: first(raw.period), from: first(raw.from), to: first(raw.to) }, todayIso());
  const target = q.target ?? "all";
  const [t, tp, supervisees, reports] = await Promise.all([
    getTranslations("supervisionReport"),
    getTranslations("supervisionPeriod"),
    listSupervisees(user),
    getSupervisionReport(user, target, q.period).catch(pageNotFound),
  ]);
  const query = new URLSearchParams({ therapist: target, ...periodParams(q.choice, q.days) });
  return (
    <>
      <h1>{t("title")}</h1>
      <div className="no-print stack">
        <p className="muted">{t("intro")}</p>
        {q.target === null && <p className="error-summary" role="alert">{t("invalidTherapist")}</p>}
        {q.invalid && <p className="error-summary" role="alert">{tp("invalid")}</p>}
        <form method="get" action="/supervision/report" className="row tight">
          {Object.entries(periodParams(q.choice, q.days)).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
          <div className="field">
            <label htmlFor="report-therapist">{t("therapist")}</label>
            <select id="report-therapist" name="therapist" defaultValue={target}>
              <option value="all">{t("all")}</option>
              {supervisees.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </div>
          <button type="submit" className="button secondary">{t("show")}</button>
        </form>
        <PeriodPicker path="/supervision/report" choice={q.choice} days={q.days} keep={{ therapist: target }} />
        <p className="row tight">
          <PrintButton label={t("print")} />
          <a className="button" href={`/supervision/report/pdf?${query}`} download>{t("pdf")}</a>
        </p>
      </div>
      {reports.length === 0 ? <p>{t("none")}</p> : reports.map((r) => <ReportPage key={r.therapist.id} report={r} days={q.days} />)}
    </>
  );
}
