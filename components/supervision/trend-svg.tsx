import type { WeekPoint } from "@/lib/supervision/weekly";

// The weekly trend as a plain SVG drawn on the server: it needs no script, so it prints and turns
// into PDF exactly as shown (a client chart would have to hydrate first). Upper band: mean alliance
// (solid) and rating completion (dashed), both 0–100; lower band: ruptures opened and repaired per
// week as paired bars. The words (legend, axis dates) come in from the caller, in its language.
const W = 640;
const H = 260;
const LEFT = 36;
const RIGHT = 8;
const TOP = 8;
const UPPER = 150; // height of the 0–100 band
const GAP = 26; // room for the dates between the bands
const LOWER = 60; // height of the rupture bars
const COLORS = { alliance: "#1f5f8b", completion: "#6b4fa1", opened: "#b3261e", repaired: "#2e7d32" };

type Labels = { title: string; weekLabel: (week: string) => string; legend: { alliance: string; completion: string; opened: string; repaired: string } };

/** Points of a line, broken where a week has no value. */
function segments(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) out.push(current.join(" "));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length) out.push(current.join(" "));
  return out;
}

export function TrendSvg({ weeks, labels, id }: { weeks: WeekPoint[]; labels: Labels; id: string }) {
  const n = Math.max(weeks.length, 1);
  const step = (W - LEFT - RIGHT) / n;
  const x = (i: number) => LEFT + step * (i + 0.5);
  const y = (v: number) => TOP + UPPER - (v / 100) * UPPER;
  const base = TOP + UPPER + GAP + LOWER;
  const maxCount = Math.max(1, ...weeks.map((w) => Math.max(w.opened, w.repaired)));
  const bar = (count: number) => (count / maxCount) * LOWER;
  const alliance = segments(weeks.map((w) => w.meanAlliance), x, y);
  const completion = segments(weeks.map((w) => (w.completion === null ? null : w.completion * 100)), x, y);
  const ticks = weeks.length ? [...new Set([0, Math.floor((weeks.length - 1) / 2), weeks.length - 1])] : [];
  const barWidth = Math.max(1.5, Math.min(8, step / 3));
  return (
    <figure className="trend-figure">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} className="trend-svg" width="100%" preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-title`}>{labels.title}</title>
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} stroke="#c9ccd1" strokeWidth={1} />
            <text x={LEFT - 4} y={y(v) + 4} textAnchor="end" fontSize={11} fill="#3d4450">{v}</text>
          </g>
        ))}
        {completion.map((points) => <polyline key={`c${points}`} points={points} fill="none" stroke={COLORS.completion} strokeWidth={2} strokeDasharray="5 4" />)}
        {alliance.map((points) => <polyline key={`a${points}`} points={points} fill="none" stroke={COLORS.alliance} strokeWidth={2.5} />)}
        {weeks.map((w, i) => (w.meanAlliance === null ? null : <circle key={w.week} cx={x(i)} cy={y(w.meanAlliance)} r={2.5} fill={COLORS.alliance} />))}
        {ticks.map((i) => (
          <text key={weeks[i].week} x={x(i)} y={TOP + UPPER + 17} textAnchor="middle" fontSize={11} fill="#3d4450">{labels.weekLabel(weeks[i].week)}</text>
        ))}
        <line x1={LEFT} x2={W - RIGHT} y1={base} y2={base} stroke="#8a909a" strokeWidth={1} />
        {weeks.map((w, i) => (
          <g key={`r${w.week}`}>
            {w.opened > 0 && <rect x={x(i) - barWidth} y={base - bar(w.opened)} width={barWidth} height={bar(w.opened)} fill={COLORS.opened} />}
            {w.repaired > 0 && <rect x={x(i)} y={base - bar(w.repaired)} width={barWidth} height={bar(w.repaired)} fill={COLORS.repaired} />}
          </g>
        ))}
        <text x={LEFT - 4} y={base - LOWER + 4} textAnchor="end" fontSize={11} fill="#3d4450">{maxCount}</text>
      </svg>
      <figcaption>
        <ul className="row tight plain-list trend-legend">
          {(["alliance", "completion", "opened", "repaired"] as const).map((k) => (
            <li key={k}><span className={`legend-swatch legend-${k}`} aria-hidden="true" /> {labels.legend[k]}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
