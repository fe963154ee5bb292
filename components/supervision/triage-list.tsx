import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { dimensionLabel, formatNumber } from "@/lib/alliance";
import type { TriageEntry, TriageItem } from "@/lib/supervision/triage";

/** The triage entries: each patient (by code) with every reason in plain words, read-only links. */
export async function TriageList({ entries }: { entries: TriageEntry[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("supervisionTriage"), getFormatter(), getLocale()]);
  const n = (x: number) => formatNumber(x, locale, 0);
  const sentence = (item: TriageItem) => {
    switch (item.reason) {
      case "rupture": {
        const date = item.onsetDate ? format.dateTime(item.onsetDate, { dateStyle: "medium", timeZone: "UTC" }) : "none";
        const dimensions = item.dimensions.length ? item.dimensions.map((d) => dimensionLabel(d, locale)).join(", ") : t("noDimension");
        return t(item.status === "open" ? "ruptureOpen" : "ruptureUnrepaired", { onset: item.onset, date, dimensions });
      }
      case "falling": return t("falling", { latest: n(item.latest), before: n(item.before) });
      case "missing-ratings": return t("missing", { run: item.run });
      case "wide-gap": return t("gap", { gap: formatNumber(Math.abs(item.gap), locale, 1), direction: item.gap > 0 ? "higher" : "lower", pairs: item.pairs });
    }
  };
  return (
    <ol className="stack plain-list triage-list" aria-label={t("listLabel")}>
      {entries.map((e) => (
        <li key={e.episodeId} className={`card triage-entry ${e.items[0].reason}`}>
          <h2 className="triage-code">{t("patient", { code: e.code })}</h2>
          <p className="muted">{t("of", { name: e.therapistName })}</p>
          <ul className="triage-reasons">
            {e.items.map((item, i) => (
              <li key={i}>
                <strong>{t(`reasons.${item.reason}`)}:</strong> {sentence(item)}
                {item.reason === "rupture" && item.explanation.length > 0 && (
                  <>
                    <span className="visually-hidden"> {t("explanation")}:</span>
                    <ul className="muted">{item.explanation.map((x, j) => <li key={j}>{x}</li>)}</ul>
                  </>
                )}
              </li>
            ))}
          </ul>
          <p className="row tight">
            <Link href={`/episodes/${e.episodeId}`}>{t("openTimeline")}<span className="visually-hidden"> ({t("patient", { code: e.code })})</span></Link>
            <Link href={`/patients/${e.patientId}`}>{t("openPatient")}<span className="visually-hidden"> ({t("patient", { code: e.code })})</span></Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
