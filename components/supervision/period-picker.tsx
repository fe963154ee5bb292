import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PERIOD_PRESETS } from "@/lib/validation/supervision";
import type { PeriodChoice } from "@/lib/supervision/period";

/**
 * The period as links (the presets) and a small GET form (a custom range): all in the query string,
 * which holds dates only. `keep` carries the page's other filters along.
 */
export async function PeriodPicker({ path, choice, days, keep = {} }: { path: string; choice: PeriodChoice; days: { from: string; to: string }; keep?: Record<string, string | undefined> }) {
  const [t, format] = await Promise.all([getTranslations("supervisionPeriod"), getFormatter()]);
  const kept = Object.entries(keep).filter((e): e is [string, string] => !!e[1]);
  const href = (period: string) => `${path}?${new URLSearchParams([...kept, ["period", period]])}`;
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section className="period-picker" aria-labelledby="period-legend">
      <h2 id="period-legend" className="legend">{t("legend")}: <span className="period-range">{t("showing", { from: date(days.from), to: date(days.to) })}</span></h2>
      <div className="row">
        <ul className="row tight plain-list period-presets">
          {PERIOD_PRESETS.map((p) => (
            <li key={p}><Link href={href(p)} aria-current={choice.period === p ? "true" : undefined}>{t(p)}</Link></li>
          ))}
        </ul>
        <form method="get" action={path} className="row tight period-custom" aria-label={t("custom")}>
          {kept.map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
          <input type="hidden" name="period" value="custom" />
          <div className="field">
            <label htmlFor="period-from">{t("from")}</label>
            <input id="period-from" name="from" type="date" required defaultValue={days.from} />
          </div>
          <div className="field">
            <label htmlFor="period-to">{t("to")}</label>
            <input id="period-to" name="to" type="date" required defaultValue={days.to} />
          </div>
          <button type="submit" className="button secondary">{t("show")}</button>
        </form>
      </div>
    </section>
  );
}
