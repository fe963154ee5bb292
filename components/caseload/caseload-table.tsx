import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/alliance";
import type { CaseloadRow } from "@/lib/data/caseload";
import { Sparkline } from "./sparkline";

export async function CaseloadTable({ rows }: { rows: CaseloadRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("caseload"), getFormatter(), getLocale()]);
  const n = (x: number) => formatNumber(x, locale, 0);
  return (
    <div className="table-scroll">
      <table className="table caseload-table">
        <thead>
          <tr>
            <th scope="col">{t("code")}</th>
            <th scope="col">{t("trend")}</th>
            <th scope="col">{t("lastSession")}</th>
            <th scope="col">{t("completion")}</th>
            <th scope="col">{t("ruptures")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.episodeId}>
              <th scope="row"><Link href={`/episodes/${r.episodeId}`}>{r.code}</Link></th>
              <td>
                <span className="row tight">
                  <Sparkline totals={r.totals} label={r.totals.length ? t("sparkLabel", { count: r.totals.length, first: n(r.totals[0]), last: n(r.totals.at(-1)!) }) : t("sparkNone")} />
                  <LatestTotal totals={r.totals} n={n} labels={{ latest: t("latest"), change: t("changeLabel") }} />
                  {r.falling && <span className="badge open">{t("falling")}</span>}
                </span>
              </td>
              <td>{r.lastSession ? format.dateTime(r.lastSession, { dateStyle: "medium", timeZone: "UTC" }) : t("noSessions")}</td>
              <td>
                {r.sessions ? t("completionValue", { rated: r.rated, sessions: r.sessions, percent: format.number(r.completion ?? 0, { style: "percent" }) }) : "–"}
                {r.lowCompletion && <> <span className="badge open">{t("lowCompletion")}</span></>}
              </td>
              <td>
                <span className="row tight">
                  {r.unrepaired > 0 && <span className="badge unrepaired">{t("badgeUnrepaired", { count: r.unrepaired })}</span>}
                  {r.open > 0 && <span className="badge open">{t("badgeOpen", { count: r.open })}</span>}
                  {!r.open && !r.unrepaired && "–"}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The latest total as a number, with its change from the rated session before it. */
function LatestTotal({ totals, n, labels }: { totals: number[]; n: (x: number) => string; labels: { latest: string; change: string } }) {
  const last = totals.at(-1);
  if (last === undefined) return null;
  const before = totals.at(-2);
  const delta = before === undefined ? null : Math.round(last) - Math.round(before);
  const signed = delta === null ? "" : delta > 0 ? `+${n(delta)}` : delta < 0 ? n(delta) : "±0";
  return (
    <span className="latest-total">
      <span className="visually-hidden">{labels.latest} </span>
      <strong>{n(last)}</strong>
      {delta !== null && (
        <span className="total-change">
          {" "}<span className="visually-hidden">{labels.change} </span>({signed})
        </span>
      )}
    </span>
  );
}
