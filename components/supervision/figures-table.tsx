import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/alliance";
import type { Figure, SuperviseeFigures } from "@/lib/supervision/figures";
import { FigureTip } from "./figure-tip";

type Column = "activePatients" | "completion" | "open" | "repaired" | "unrepaired" | "repairRate" | "median" | "trend" | "gap";
const BADGE = { unrepaired: "unrepaired", open: "open", "falling-trend": "open", "low-completion": "open", "wide-gap": "open" } as const;

/** One row per supervisee with every figure; each heading explains its figure on hover and focus. */
export async function FiguresTable({ rows, query }: { rows: SuperviseeFigures[]; query: string }) {
  const [t, th, format, locale] = await Promise.all([getTranslations("supervisionFigures"), getTranslations("supervisionHome"), getFormatter(), getLocale()]);
  const percent = (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 0 });
  const signed = (x: number) => `${x > 0.05 ? "+" : ""}${formatNumber(x, locale, 1)}`;
  const head = (c: Column, extra: { rowSpan?: number } = {}) => (
    <th scope="col" className="num" {...extra}>
      <span className="figure-head">{t(c)} <FigureTip label={t("help", { figure: t(c) })} tip={t(`${c}Tip`)} /></span>
    </th>
  );
  const cell = (f: Figure, show: (x: number) => string) =>
    f.value === null ? (
      <td className="num figure-missing">
        <span className="visually-hidden">{th("noFigure", { reason: t(`reasons.${f.reason}`) })}</span>
        <span aria-hidden="true">–<br /><small>{t(`reasons.${f.reason}`)}</small></span>
      </td>
    ) : (
      <td className="num">{show(f.value)}</td>
    );
  return (
    <div className="table-scroll figures-scroll" role="region" aria-label={th("tableLabel")} tabIndex={0}>
      <table className="table figures-table">
        <colgroup span={3} />
        <colgroup span={3} />
        <colgroup span={5} />
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>{th("therapist")}</th>
            {head("activePatients", { rowSpan: 2 })}
            {head("completion", { rowSpan: 2 })}
            <th scope="colgroup" colSpan={3} className="group-head">{th("ruptures")}</th>
            {head("repairRate", { rowSpan: 2 })}
            {head("median", { rowSpan: 2 })}
            {head("trend", { rowSpan: 2 })}
            {head("gap", { rowSpan: 2 })}
            <th scope="col" rowSpan={2}>{th("attention")}</th>
          </tr>
          <tr>
            {head("open")}
            {head("repaired")}
            {head("unrepaired")}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.therapistId}>
              <th scope="row">
                <Link href={`/supervision/therapists/${r.therapistId}?${query}`} aria-label={th("openCaseload", { name: r.name })}>{r.name}</Link>
              </th>
              <td className="num">{r.activePatients}</td>
              {cell(r.completion, (x) => t("completionValue", { percent: percent(x), rated: r.ratedSessions, sessions: r.sessions }))}
              <td className="num">{r.ruptures.open}</td>
              <td className="num">{r.ruptures.repaired}</td>
              <td className="num">{r.ruptures.unrepaired}</td>
              {cell(r.repairRate, percent)}
              {cell(r.medianSessionsToRepair, (x) => formatNumber(x, locale, 1))}
              {cell(r.trend, signed)}
              {cell(r.gap, signed)}
              <td>
                {r.attention.reasons.length === 0 ? (
                  <span className="muted">{th("nothing")}</span>
                ) : (
                  <ul className="row tight plain-list">
                    {r.attention.reasons.map((a) => <li key={a}><span className={`badge ${BADGE[a]}`}>{t(`attention.${a}`)}</span></li>)}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
