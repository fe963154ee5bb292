"use client";
import { useFormatter, useLocale } from "next-intl";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/alliance";
import type { WeekPoint } from "@/lib/supervision/weekly";

// The clinic trend for sighted users: mean alliance and completion (0–100, left axis) as lines,
// ruptures opened and repaired (counts, right axis) as bars. The same numbers are in the table
// beside it; the chart itself is one image with a summary for screen readers.
type Labels = { summary: string; alliance: string; completion: string; opened: string; repaired: string };

export function TrendChart({ weeks, labels }: { weeks: WeekPoint[]; labels: Labels }) {
  const format = useFormatter();
  const locale = useLocale();
  const data = weeks.map((w) => ({ ...w, completionPct: w.completion === null ? null : Math.round(w.completion * 100) }));
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  const value = (v: unknown) => (typeof v === "number" ? formatNumber(v, locale, 1) : "–");
  return (
    <div role="img" aria-label={labels.summary} className="chart-box">
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={data} margin={{ top: 16, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d9d9d6" strokeDasharray="3 3" />
          <XAxis dataKey="week" tickFormatter={day} tick={{ fill: "#1a1a1a" }} minTickGap={16} />
          <YAxis yAxisId="score" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} width={40} tick={{ fill: "#1a1a1a" }} />
          <YAxis yAxisId="count" orientation="right" allowDecimals={false} width={32} tick={{ fill: "#1a1a1a" }} />
          <Tooltip labelFormatter={(l) => day(String(l))} formatter={(v) => value(v)} />
          <Legend />
          <Bar yAxisId="count" dataKey="opened" name={labels.opened} fill="#b3261e" isAnimationActive={false} />
          <Bar yAxisId="count" dataKey="repaired" name={labels.repaired} fill="#2e7d32" isAnimationActive={false} />
          <Line yAxisId="score" dataKey="meanAlliance" name={labels.alliance} stroke="#1f5f8b" strokeWidth={2.5} dot={{ r: 2 }} connectNulls={false} isAnimationActive={false} />
          <Line yAxisId="score" dataKey="completionPct" name={labels.completion} stroke="#6b4fa1" strokeWidth={2} strokeDasharray="5 4" dot={false} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
