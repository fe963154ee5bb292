"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/alliance";
import { BAND_STYLE, GUIDE_STYLE, SERIES, type SeriesKey } from "./series";
import { BandPatterns } from "./band-patterns";
import { ChartTooltip } from "./chart-tooltip";
import { ChartLegend } from "./chart-legend";
import type { ChartBand, ChartGuides, ChartPoint } from "./timeline-data";

type Props = { points: ChartPoint[]; bands: ChartBand[]; guides: ChartGuides; ownPatient: boolean };

// The episode's alliance over its sessions. The chart is a picture for sighted users (role="img"
// with a summary naming the ruptures); the same numbers are in the table beside it. It draws only
// what was measured: an unrated session breaks the line and is marked on the axis. Text (status
// words, axis names, the cutoff's value) sits outside the plotting area, so it never covers data.
export function AllianceChart({ points, bands, guides, ownPatient }: Props) {
  const t = useTranslations("timeline");
  const tr = useTranslations("rupture");
  const locale = useLocale();
  const [shown, setShown] = useState<Record<SeriesKey, boolean>>({ total: true, bond: false, goals: false, tasks: false, therapist: true });
  const fmt = (n: number | null) => (n === null ? "–" : formatNumber(n, locale));
  const numbers = points.map((p) => p.number);
  const domain = [Math.min(...numbers) - 0.5, Math.max(...numbers) + 0.5];
  const unrated = points.filter((p) => p.total === null).map((p) => p.number);
  const seriesName = (key: SeriesKey) => (key === "therapist" && !ownPatient ? t("therapistOther") : t(key));
  const { band, cutoff } = guides;
  return (
    <div className="timeline-chart">
      <fieldset className="series-toggles">
        <legend className="legend">{t("show")}</legend>
        {SERIES.map((s) => (
          <label key={s.key} className="check">
            <input type="checkbox" checked={shown[s.key]} onChange={(e) => setShown({ ...shown, [s.key]: e.target.checked })} />
            <svg width="32" height="10" aria-hidden="true"><line x1="0" y1="5" x2="32" y2="5" stroke={s.color} strokeWidth={s.width} strokeDasharray={s.dash} /></svg>
            {seriesName(s.key)}
          </label>
        ))}
      </fieldset>
      <div role="img" aria-label={chartSummary(t, tr, points.length, bands, unrated, guides, fmt)} className="chart-box">
        <ResponsiveContainer width="100%" height={340}>
          <ComposedChart data={points} margin={{ top: 28, right: 88, bottom: 24, left: 12 }} accessibilityLayer={false}>
            <BandPatterns />
            <CartesianGrid stroke="#d9d9d6" strokeDasharray="3 3" />
            <XAxis dataKey="number" type="number" domain={domain} ticks={numbers} allowDecimals={false} tick={{ fill: "#1a1a1a" }} label={{ value: t("axisSession"), position: "insideBottom", offset: -16, fill: "#1a1a1a" }} />
            <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} width={48} tick={{ fill: "#1a1a1a" }} label={{ value: t("axisScore"), angle: -90, position: "insideLeft", offset: 0, fill: "#1a1a1a", style: { textAnchor: "middle" } }} />
            {band && <ReferenceArea className="usual-band" x1={band.from - 0.4} x2={domain[1]} y1={band.low} y2={band.high} fill={GUIDE_STYLE.band} fillOpacity={0.16} stroke="none" ifOverflow="extendDomain" />}
            {bands.map((b) => (
              <ReferenceArea
                key={b.id}
                className={`rupture-band rupture-${b.status}`}
                x1={b.from - 0.4}
                x2={b.to + 0.4}
                y1={0}
                y2={100}
                fill={BAND_STYLE[b.status].fill}
                fillOpacity={b.status === "repaired" ? 0.12 : 0.8}
                stroke={BAND_STYLE[b.status].stroke}
                strokeOpacity={0.6}
                label={{ value: tr(`statuses.${b.status}`), position: "top", fill: "#1a1a1a", fontSize: 13 }}
              />
            ))}
            <ReferenceLine className="cutoff-line" y={cutoff} stroke={GUIDE_STYLE.cutoff} strokeWidth={1.5} strokeDasharray="8 4" label={{ value: t("cutoffLabel", { value: fmt(cutoff) }), position: "right", fill: "#1a1a1a", fontSize: 13 }} />
            <Tooltip content={<ChartTooltip formatNumber={fmt} therapistLabel={seriesName("therapist")} />} />
            {SERIES.map((s) =>
              shown[s.key] ? (
                <Line key={s.key} className={`series-${s.key}`} dataKey={s.key} name={seriesName(s.key)} stroke={s.color} strokeWidth={s.width} strokeDasharray={s.dash} connectNulls={false} dot={{ r: 3 }} isAnimationActive={false} />
              ) : null,
            )}
            {unrated.map((n) => (
              <ReferenceDot key={`unrated-${n}`} className="unrated-mark" x={n} y={0} r={5} fill="#ffffff" stroke="#4d4d4d" strokeWidth={2} ifOverflow="visible" />
            ))}
            {bands
              .filter((b) => b.repairedAt !== null)
              .map((b) => {
                const y = points.find((p) => p.number === b.repairedAt)?.total;
                return y == null ? null : <ReferenceDot key={`repair-${b.id}`} className="repair-mark" x={b.repairedAt!} y={y} r={7} fill="none" stroke="#1e6b35" strokeWidth={3} />;
              })}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend guides={guides} hasUnrated={unrated.length > 0} fmt={fmt} />
    </div>
  );
}

type T = ReturnType<typeof useTranslations<"timeline">>;
type TR = ReturnType<typeof useTranslations<"rupture">>;

/** The chart in words: what it shows, its guides, every rupture with its sessions, and the gaps. */
function chartSummary(t: T, tr: TR, count: number, bands: ChartBand[], unrated: number[], guides: ChartGuides, fmt: (n: number) => string): string {
  const parts = [t("chartLabel", { count }), t("chartCutoff", { value: fmt(guides.cutoff) })];
  if (guides.band) parts.push(t("chartBand", { low: fmt(guides.band.low), high: fmt(guides.band.high), from: guides.band.from }));
  const ruptures = bands.map((b) =>
    b.status === "open" ? t("chartRuptureOpen", { status: tr(`statuses.${b.status}`), from: b.from }) : t("chartRupture", { status: tr(`statuses.${b.status}`), from: b.from, to: b.to }),
  );
  parts.push(ruptures.length ? t("chartRuptures", { list: ruptures.join("; ") }) : t("chartNoRuptures"));
  if (unrated.length) parts.push(t("chartUnrated", { count: unrated.length, sessions: unrated.join(", ") }));
  return parts.join(" ");
}
