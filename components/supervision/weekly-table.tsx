import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/alliance";
import type { WeekPoint } from "@/lib/supervision/weekly";

/** The weekly trend as a table: what the chart shows, for screen readers and anyone who prefers numbers. */
export async function WeeklyTable({ weeks, caption }: { weeks: WeekPoint[]; caption: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("supervisionReport"), getFormatter(), getLocale()]);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const percent = (x: number | null) => (x === null ? t("noValue") : format.number(x, { style: "percent", maximumFractionDigits: 0 }));
  return (
    <div className="table-scroll">
      <table className="table weekly-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("week")}</th>
            <th scope="col" className="num">{t("meanAlliance")}</th>
            <th scope="col" className="num">{t("completion")}</th>
            <th scope="col" className="num">{t("sessions")}</th>
            <th scope="col" className="num">{t("opened")}</th>
            <th scope="col" className="num">{t("repaired")}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{date(w.week)}</th>
              <td className="num">{w.meanAlliance === null ? t("noValue") : formatNumber(w.meanAlliance, locale, 1)}</td>
              <td className="num">{percent(w.completion)}</td>
              <td className="num">{w.sessions}</td>
              <td className="num">{w.opened}</td>
              <td className="num">{w.repaired}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
