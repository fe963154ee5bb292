"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/alliance";
import { BAND_STYLE, SERIES, type SeriesKey } from "./series";
import { BandPatterns } from "./band-patterns";
import { ChartTooltip } from "./chart-tooltip";
import type { ChartBand, ChartPoint } from "./timeline-data";

// The episode's alliance over its sessions. The chart is a picture for sighted users (role="img"
// with a summary); the same numbers are in the table beside it for screen readers and keyboards.
export function AllianceChart({ points, bands }: { points: ChartPoint[]; bands: ChartBand[] }) {
  const t = useTranslations("timeline");
  const tr = useTranslations("rupture");
  const locale = useLocale();
  const [shown, setShown] = useState<Record<SeriesKey, boolean>>({ total: true, bond: false, goals: false, tasks: false, therapist: true });
  const fmt = (n: number | null) => (n === null ? "–" : formatNumber(n, locale));
  const numbers = points.map((p) => p.number);
  const domain = [Math.min(...numbers) - 0.5, Math.max(...numbers) + 0.5];
  return (
    <div className="timeline-chart">
      <fieldset className="series-toggles">
        <legend className="legend">{t("show")}</legend>
        {SERIES.map((s) => (
          <label key={s.key} className="check">
            <input type="checkbox" checked={shown[s.key]} onChange={(e) => setShown({ ...shown, [s.key]: e.target.checked })} />
            <svg width="32" height="10" aria-hidden="true"><line x1="0" y1="5" x2="32" y2="5" stroke={s.color} strokeWidth={s.width} strokeDasharray={s.dash} /></svg>
            {t(s.key)}
          </label>
        ))}
      </fieldset>
      <div role="img" aria-label={t("chartLabel", { count: points.length })} className="chart-box">
        <ResponsiveContainer width="100%" height={320}>
          <ComposedChart data={points} margin={{ top: 24, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <BandPatterns />
            <CartesianGrid stroke="#d9d9d6" strokeDasharray="3 3" />
            <XAxis dataKey="number" type="number" domain={domain} ticks={numbers} allowDecimals={false} tick={{ fill: "#1a1a1a" }} />
            <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} width={40} tick={{ fill: "#1a1a1a" }} />
            {bands.map((b) => (
              <ReferenceArea
                key={b.id}
                x1={b.from - 0.4}
                x2={b.to + 0.4}
                y1={0}
                y2={100}
                fill={BAND_STYLE[b.status].fill}
                fillOpacity={b.status === "repaired" ? 0.12 : 0.8}
                stroke={BAND_STYLE[b.status].stroke}
                strokeOpacity={0.6}
                label={{ value: tr(`statuses.${b.status}`), position: "insideTop", fill: "#1a1a1a", fontSize: 13 }}
              />
            ))}
            <Tooltip content={<ChartTooltip formatNumber={fmt} />} />
            {SERIES.map((s) =>
              shown[s.key] ? (
                <Line key={s.key} dataKey={s.key} name={t(s.key)} stroke={s.color} strokeWidth={s.width} strokeDasharray={s.dash} connectNulls dot={{ r: 3 }} isAnimationActive={false} />
              ) : null,
            )}
            {bands
              .filter((b) => b.repairedAt !== null)
              .map((b) => {
                const y = points.find((p) => p.number === b.repairedAt)?.total;
                return y == null ? null : (
                  <ReferenceDot key={`repair-${b.id}`} x={b.repairedAt!} y={y} r={7} fill="#ffffff" stroke="#1e6b35" strokeWidth={3} label={{ value: t("repaired"), position: "right", fill: "#1e6b35", fontSize: 13 }} />
                );
              })}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="muted">{t("legendRupture")}</p>
    </div>
  );
}
