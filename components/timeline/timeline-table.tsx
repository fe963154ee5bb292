import { getFormatter, getTranslations } from "next-intl/server";
import type { ChartBand, ChartPoint } from "./timeline-data";

/** The chart's data as a table: the alternative for screen readers, keyboards and print. */
export async function TimelineTable({ points, bands, fmt }: { points: ChartPoint[]; bands: ChartBand[]; fmt: (n: number | null) => string }) {
  const [t, tr, format] = await Promise.all([getTranslations("timeline"), getTranslations("rupture"), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "UTC" });
  const bandAt = (n: number) => bands.filter((b) => n >= b.from && n <= b.to);
  return (
    <details className="timeline-table">
      <summary>{t("tableSummary")}</summary>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t("sessionShort")}</th>
              <th scope="col">{t("date")}</th>
              <th scope="col" className="num">{t("total")}</th>
              <th scope="col" className="num">{t("bond")}</th>
              <th scope="col" className="num">{t("goals")}</th>
              <th scope="col" className="num">{t("tasks")}</th>
              <th scope="col" className="num">{t("therapistTotal")}</th>
              <th scope="col">{tr("status")}</th>
              <th scope="col">{t("rules")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.number}>
                <th scope="row" className="num">{p.number}</th>
                <td>{day(p.date)}</td>
                <td className="num">{p.total === null ? t("notRated") : fmt(p.total)}</td>
                <td className="num">{fmt(p.bond)}</td>
                <td className="num">{fmt(p.goals)}</td>
                <td className="num">{fmt(p.tasks)}</td>
                <td className="num">{fmt(p.therapist)}</td>
                <td>
                  {bandAt(p.number).map((b) => tr(`statuses.${b.status}`)).join(", ")}
                  {bands.some((b) => b.repairedAt === p.number) && ` (${tr("statuses.repaired")})`}
                </td>
                <td>{p.explanations.join(" ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
