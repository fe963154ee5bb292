import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { dimensionLabel, repairStrategyLabel } from "@/lib/alliance";
import type { TherapistReport } from "@/lib/data/supervision-report";
import type { ReportRupture } from "@/lib/data/supervision-report-queries";
import { ReportFigures } from "./report-figures";
import { TrendSvg } from "./trend-svg";
import { WeeklyTable } from "./weekly-table";

/**
 * One supervisee's printed page: figures, the weekly trend, each rupture of the period (patients by
 * code), the supervisor's notes from meetings in the period, and ruled room for new notes.
 */
export async function ReportPage({ report, days }: { report: TherapistReport; days: { from: string; to: string } }) {
  const [t, tr, format, locale] = await Promise.all([getTranslations("supervisionReport"), getTranslations("rupture"), getFormatter(), getLocale()]);
  const { therapist, figures, weeks, ruptures, notes } = report;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const day = (iso: string) => date(new Date(`${iso}T00:00:00Z`));
  const id = `report-${therapist.id}`;
  const outcome = (r: ReportRupture) => {
    const status = tr(`statuses.${r.status}`);
    if (r.status !== "repaired" || r.sessionsToRepair === null) return status;
    return r.sessionsToRepair === 0 ? t("repairedSame") : t("repairedIn", { n: r.sessionsToRepair });
  };
  return (
    <section className="report-page stack" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`}>{therapist.name}</h2>
      <p className="muted">{t("period", { from: day(days.from), to: day(days.to) })}</p>
      <h3>{t("figures")}</h3>
      <ReportFigures f={figures} />
      <h3>{t("trend")}</h3>
      {weeks.every((w) => w.sessions === 0) && <p>{t("trendEmpty")}</p>}
      <TrendSvg
        id={`${id}-trend`}
        weeks={weeks}
        labels={{
          title: t("trendLabel", { name: therapist.name, weeks: weeks.length }),
          weekLabel: day,
          legend: { alliance: t("legendAlliance"), completion: t("legendCompletion"), opened: t("legendOpened"), repaired: t("legendRepaired") },
        }}
      />
      <details className="no-print">
        <summary>{t("tableSummary")}</summary>
        <WeeklyTable weeks={weeks} caption={t("tableCaption", { name: therapist.name })} />
      </details>
      <h3>{t("ruptures")}</h3>
      {ruptures.length === 0 ? (
        <p>{t("noRuptures")}</p>
      ) : (
        <table className="table report-ruptures">
          <thead>
            <tr>
              <th scope="col">{t("patient")}</th>
              <th scope="col">{t("onset")}</th>
              <th scope="col">{t("dimensions")}</th>
              <th scope="col">{t("strategies")}</th>
              <th scope="col">{t("outcome")}</th>
            </tr>
          </thead>
          <tbody>
            {ruptures.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.code}</th>
                <td>{t("onsetValue", { onset: r.onset, date: r.onsetDate ? date(r.onsetDate) : "–" })}</td>
                <td>{r.dimensions.map((d) => dimensionLabel(d, locale)).join("; ") || "–"}</td>
                <td>{r.strategies.length ? r.strategies.map((s) => repairStrategyLabel(s, locale)).join("; ") : t("noStrategies")}</td>
                <td>{outcome(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t("notes")}</h3>
      {notes.length === 0 ? (
        <p>{t("noNotes")}</p>
      ) : (
        <ul className="plain-list stack">
          {notes.map((n) => (
            <li key={n.id}>
              <strong>{t("meeting", { date: date(n.meetingDate) })}</strong>
              <p className="note-text">{n.text}</p>
            </li>
          ))}
        </ul>
      )}
      <h3>{t("room")}</h3>
      <div className="notes-room" aria-hidden="true" />
    </section>
  );
}
