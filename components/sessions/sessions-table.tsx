import { getFormatter, getTranslations } from "next-intl/server";
import { repairStrategyLabel, type Locale } from "@/lib/alliance";
import type { SessionView } from "@/lib/data/alliance-view";

/** Every session of the episode, newest first: what was rated, observed and done. */
export async function SessionsTable({ sessions, locale, fmt }: { sessions: SessionView[]; locale: Locale; fmt: (n: number | null) => string }) {
  const [t, ts, format] = await Promise.all([getTranslations("timeline"), getTranslations("sessionForm"), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col" className="num">{t("sessionShort")}</th>
            <th scope="col">{t("date")}</th>
            <th scope="col" className="num">{t("patientTotal")}</th>
            <th scope="col" className="num">{t("therapistTotal")}</th>
            <th scope="col">{t("difficulty")}</th>
            <th scope="col">{t("marker")}</th>
            <th scope="col">{t("strategies")}</th>
            <th scope="col">{t("note")}</th>
          </tr>
        </thead>
        <tbody>
          {[...sessions].reverse().map((s) => (
            <tr key={s.id}>
              <th scope="row" className="num">{s.number}</th>
              <td>{day(s.date)}</td>
              <td className="num">{s.patient ? fmt(s.patient.total) : t("notRated")}</td>
              <td className="num">{fmt(s.therapist?.total ?? null)}</td>
              <td>{s.patient ? t(`difficulties.${s.patient.difficulty}`) : "–"}</td>
              <td>{s.marker === "none" ? "–" : `${ts(`markers.${s.marker}`)}${s.markerDimension ? ` (${ts(s.markerDimension)})` : ""}`}</td>
              <td>{s.repairStrategies.map((id) => repairStrategyLabel(id, locale)).join("; ") || "–"}</td>
              <td className="note-cell">{s.note ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
