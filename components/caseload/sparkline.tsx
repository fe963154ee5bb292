/**
 * A tiny line of the latest alliance totals, drawn by hand: cheaper than a chart library per row.
 * The summary goes in the aria-label (the picture adds nothing a screen reader needs).
 */
export function Sparkline({ totals, label, width = 96, height = 28 }: { totals: number[]; label: string; width?: number; height?: number }) {
  const pad = 3;
  // The scale runs from a little under the lowest point (at most 60) to 100: on the full 0–100
  // range a fall from 90 to 75 would be hard to see at this size.
  const lo = Math.max(0, Math.min(60, Math.min(...totals) - 10));
  const x = (i: number) => (totals.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (totals.length - 1));
  const y = (v: number) => pad + ((100 - v) * (height - 2 * pad)) / (100 - lo);
  const path = totals.map((v, i) => `${i ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)}`).join(" ");
  const last = totals.at(-1);
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="sparkline">
      {/* The cutoff (80) as a faint guide, so a fall below it is visible at a glance. */}
      <line x1={0} x2={width} y1={y(80)} y2={y(80)} stroke="#8a8a8a" strokeDasharray="2 2" strokeWidth={1} />
      {totals.length > 1 && <path d={path} fill="none" stroke="#1d4e89" strokeWidth={2} />}
      {last !== undefined && <circle cx={x(totals.length - 1)} cy={y(last)} r={2.5} fill="#1d4e89" />}
    </svg>
  );
}
