import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/alliance";
import type { Figure, SuperviseeFigures } from "@/lib/supervision/figures";

/** One supervisee's figures as a list of terms, as the home's table shows them (same words, same "–" with its reason). */
export async function ReportFigures({ f }: { f: SuperviseeFigures }) {
  const [t, format, locale] = await Promise.all([getTranslations("supervisionFigures"), getFormatter(), getLocale()]);
  const percent = (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 0 });
  const signed = (x: number) => `${x > 0.05 ? "+" : ""}${formatNumber(x, locale, 1)}`;
  const show = (fig: Figure, as: (x: number) => string) => (fig.value === null ? `– (${t(`reasons.${fig.reason}`)})` : as(fig.value));
  const rows: [string, string][] = [
    [t("activePatients"), String(f.activePatients)],
    [t("completion"), show(f.completion, (x) => t("completionValue", { percent: percent(x), rated: f.ratedSessions, sessions: f.sessions }))],
    [`${t("open")} / ${t("repaired")} / ${t("unrepaired")}`, `${f.ruptures.open} / ${f.ruptures.repaired} / ${f.ruptures.unrepaired}`],
    [t("repairRate"), show(f.repairRate, percent)],
    [t("median"), show(f.medianSessionsToRepair, (x) => formatNumber(x, locale, 1))],
    [t("trend"), show(f.trend, signed)],
    [t("gap"), show(f.gap, signed)],
  ];
  return (
    <dl className="facts report-figures">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {f.attention.reasons.length > 0 && (
        <div>
          <dt>{(await getTranslations("supervisionHome"))("attention")}</dt>
          <dd>{f.attention.reasons.map((a) => t(`attention.${a}`)).join("; ")}</dd>
        </div>
      )}
    </dl>
  );
}
