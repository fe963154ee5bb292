"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { ChartPoint } from "./timeline-data";

type Props = { active?: boolean; payload?: readonly { payload?: ChartPoint }[]; formatNumber: (n: number | null) => string; therapistLabel: string };

/** The session under the pointer: its numbers and, if a rule fired there, why, in plain words. */
export function ChartTooltip({ active, payload, formatNumber, therapistLabel }: Props) {
  const t = useTranslations("timeline");
  const format = useFormatter();
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="chart-tooltip">
      <p><strong>{t("session", { number: p.number })}</strong> · {format.dateTime(new Date(p.date), { dateStyle: "medium", timeZone: "UTC" })}</p>
      <dl className="tooltip-grid">
        <dt>{t("patientTotal")}</dt><dd>{p.total === null ? t("notRated") : formatNumber(p.total)}</dd>
        {p.total !== null && (
          <>
            <dt>{t("bond")}</dt><dd>{formatNumber(p.bond)}</dd>
            <dt>{t("goals")}</dt><dd>{formatNumber(p.goals)}</dd>
            <dt>{t("tasks")}</dt><dd>{formatNumber(p.tasks)}</dd>
          </>
        )}
        <dt>{therapistLabel}</dt><dd>{formatNumber(p.therapist)}</dd>
      </dl>
      {p.explanations.length > 0 && (
        <>
          <p><strong>{t("rules")}</strong></p>
          <ul>{p.explanations.map((e) => <li key={e}>{e}</li>)}</ul>
        </>
      )}
    </div>
  );
}
