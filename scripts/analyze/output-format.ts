/**
 * How the analyze command prints rupture episodes: one JSON object per treatment episode, or rows
 * of a readable table with the explanation of each rule under its rupture.
 */
import { dimensionName, explainFiring, formatNumber, type Locale, type RuptureEpisode } from "@/lib/alliance";

export function ruptureJson(r: RuptureEpisode, locale: Locale, allFirings: boolean) {
  const out: Record<string, unknown> = {
    onset: r.onset,
    lastFlagged: r.lastFlagged,
    rules: r.rules.map((f) => ({ ...f, explanation: explainFiring(f, locale) })),
    dimensions: r.dimensions,
    severity: r.severity,
    preRuptureLevel: r.preRuptureLevel,
    status: r.status,
    repairedAt: r.repairedAt,
    closedAt: r.closedAt,
    sessionsToRepair: r.sessionsToRepair,
  };
  if (allFirings) out.firings = r.firings.map((f) => ({ ...f, explanation: explainFiring(f, locale) }));
  return out;
}

export const TABLE_TEXT = {
  en: {
    head: ["episode", "onset", "last flag", "status", "repaired", "to repair", "pre-level", "fall", "SDs", "dimensions", "rules"],
    none: "no ruptures",
    status: { open: "open", repaired: "repaired", unrepaired: "unrepaired" },
    session: "session",
    summary: (e: number, s: number, r: number, rep: number, un: number, op: number) =>
      `${e} episode(s), ${s} session(s) read, ${r} rupture(s): ${rep} repaired, ${un} unrepaired, ${op} open`,
  },
  nb: {
    head: ["forløp", "start", "siste flagg", "status", "reparert", "til rep.", "nivå før", "fall", "SD", "dimensjoner", "regler"],
    none: "ingen brudd",
    status: { open: "åpent", repaired: "reparert", unrepaired: "ureparert" },
    session: "time",
    summary: (e: number, s: number, r: number, rep: number, un: number, op: number) =>
      `${e} forløp, ${s} timer lest, ${r} brudd: ${rep} reparert, ${un} ureparert, ${op} åpne`,
  },
} as const;

const WIDTHS = [28, 6, 11, 11, 9, 10, 10, 7, 6, 20];

function cell(s: string, w: number, right: boolean): string {
  if (s.length > w) s = `${s.slice(0, w - 1)}…`;
  return right ? s.padStart(w) : s.padEnd(w);
}

export function row(cells: string[]): string {
  return (
    cells
      .map((c, i) => (i < WIDTHS.length ? cell(c, WIDTHS[i], i >= 1 && i <= 8 && i !== 3) : c))
      .join("  ")
      .trimEnd() + "\n"
  );
}

export function tableRows(id: string, rs: RuptureEpisode[], locale: Locale): string {
  const t = TABLE_TEXT[locale];
  if (rs.length === 0) return row([id, "", "", t.none]);
  const n = (x: number | null, d = 1) => (x === null ? "–" : formatNumber(x, locale, d));
  const s = (x: number | null) => (x === null ? "–" : String(x));
  let out = "";
  for (const r of rs) {
    out += row([
      id,
      String(r.onset),
      String(r.lastFlagged),
      t.status[r.status],
      s(r.repairedAt),
      s(r.sessionsToRepair),
      n(r.preRuptureLevel),
      n(r.severity.points),
      n(r.severity.sds),
      r.dimensions.map((d) => dimensionName(d, locale)).join(", ") || "–",
      r.rules.map((f) => f.rule).join(", "),
    ]);
    for (const f of r.rules) out += `    ${t.session} ${f.session}: ${explainFiring(f, locale)}\n`;
  }
  return out;
}
