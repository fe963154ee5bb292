import { getTranslations } from "next-intl/server";
import { dimensionLabel, explainFiring, repairStrategyLabel, type Locale } from "@/lib/alliance";
import { strategiesDuring, type RuptureView, type SessionView } from "@/lib/data/alliance-view";
import { ReviewForm } from "./review-form";
import type { FormStateAction } from "@/lib/mutation";

/** One rupture: what fired, what broke, where it stands, what was done, and the clinician's judgement. */
export async function RuptureCard({ rupture, sessions, locale, canWrite, own, fmt, reviewAction }: { rupture: RuptureView; sessions: SessionView[]; locale: Locale; canWrite: boolean; own: boolean; fmt: (n: number | null) => string; reviewAction: FormStateAction }) {
  const t = await getTranslations("rupture");
  const e = rupture.engine;
  const dismissed = rupture.review === "dismissed";
  const shown = dismissed ? "dismissed" : rupture.status;
  const strategies = strategiesDuring(rupture, sessions);
  const headingId = `rupture-${rupture.id}`;
  return (
    <section className={`card rupture-card ${shown}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="row">
        {t("heading", { onset: rupture.onset })}
        <span className={`badge ${shown}`}>{t(`statuses.${shown}`)}</span>
      </h3>
      <p className="muted">{e.closedAt ? t("span", { from: e.onset, to: e.closedAt }) : t("spanOpen", { from: e.onset })}</p>
      {dismissed && <p className="muted">{t("dismissedNote")}</p>}
      <dl className="facts">
        <dt>{t("dimensions")}</dt>
        <dd>{e.dimensions.map((d) => dimensionLabel(d, locale)).join("; ")}</dd>
        {dismissed && (
          <>
            <dt>{t("status")}</dt>
            <dd>{t(`statuses.${rupture.status}`)}</dd>
          </>
        )}
        {e.severity.points !== null && e.severity.points > 0 && (
          <>
            <dt>{t("severity")}</dt>
            <dd>{t("severityValue", { points: fmt(e.severity.points) })}</dd>
          </>
        )}
        {e.preRuptureLevel !== null && (
          <>
            <dt>{t("preLevel")}</dt>
            <dd>{fmt(e.preRuptureLevel)}</dd>
          </>
        )}
        {e.sessionsToRepair !== null && (
          <>
            <dt>{t("sessionsToRepair")}</dt>
            <dd>{e.sessionsToRepair === 0 ? t("inSession") : e.sessionsToRepair}</dd>
          </>
        )}
        <dt>{t("strategies")}</dt>
        <dd>{strategies.length ? strategies.map((s) => repairStrategyLabel(s, locale)).join("; ") : t("noStrategies")}</dd>
        <dt>{own ? t("review") : t("reviewOther")}</dt>
        <dd>
          {t(`reviews.${rupture.review}`)}
          {rupture.reviewNote && <>: <q>{rupture.reviewNote}</q></>}
        </dd>
      </dl>
      <h4>{t("rules")}</h4>
      <ul>
        {e.rules.map((f) => (
          <li key={`${f.rule}-${f.session}`}>{explainFiring(f, locale)}</li>
        ))}
      </ul>
      {canWrite && <ReviewForm ruptureId={rupture.id} review={rupture.review} action={reviewAction} />}
    </section>
  );
}
