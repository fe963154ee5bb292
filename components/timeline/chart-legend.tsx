"use client";
import { useTranslations } from "next-intl";
import { GUIDE_STYLE } from "./series";
import type { ChartGuides } from "./timeline-data";

/** What the chart's marks mean: the guides with their values, the gaps, the rupture bands. */
export function ChartLegend({ guides, hasUnrated, fmt }: { guides: ChartGuides; hasUnrated: boolean; fmt: (n: number) => string }) {
  const t = useTranslations("timeline");
  const { band } = guides;
  return (
    <ul className="chart-legend">
      <li>
        <svg width="32" height="10" aria-hidden="true"><line x1="0" y1="5" x2="32" y2="5" stroke={GUIDE_STYLE.cutoff} strokeWidth={1.5} strokeDasharray="8 4" /></svg>
        {t("legendCutoff", { value: fmt(guides.cutoff) })}
      </li>
      <li>
        <svg width="32" height="12" aria-hidden="true"><rect width="32" height="12" fill={GUIDE_STYLE.band} fillOpacity={0.16} /></svg>
        {band ? t("legendBand", { low: fmt(band.low), high: fmt(band.high), mean: fmt(band.mean), n: band.n, from: band.from, k: fmt(guides.k), floor: fmt(guides.sdFloor) }) : t("legendNoBand")}
      </li>
      {hasUnrated && (
        <li>
          <svg width="32" height="12" aria-hidden="true"><circle cx="16" cy="6" r="5" fill="#ffffff" stroke="#4d4d4d" strokeWidth="2" /></svg>
          {t("legendUnrated")}
        </li>
      )}
      <li>{t("legendRupture")}</li>
    </ul>
  );
}
