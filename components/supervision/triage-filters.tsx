import { getTranslations } from "next-intl/server";
import { TRIAGE_REASONS, type TriageReason } from "@/lib/supervision/triage";

/** Therapist and reason, as a GET form: ids and fixed words only in the query string. */
export async function TriageFilters({ supervisees, therapistId, reason, keep }: { supervisees: { id: string; name: string }[]; therapistId?: string; reason?: TriageReason; keep: Record<string, string> }) {
  const t = await getTranslations("supervisionTriage");
  return (
    <form method="get" action="/supervision/triage" className="row caseload-filters" aria-label={t("filters")}>
      {Object.entries(keep).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <div className="field">
        <label htmlFor="triage-therapist">{t("therapist")}</label>
        <select id="triage-therapist" name="therapist" defaultValue={therapistId ?? ""}>
          <option value="">{t("allTherapists")}</option>
          {supervisees.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="triage-reason">{t("reason")}</label>
        <select id="triage-reason" name="reason" defaultValue={reason ?? ""}>
          <option value="">{t("allReasons")}</option>
          {TRIAGE_REASONS.map((r) => <option key={r} value={r}>{t(`reasons.${r}`)}</option>)}
        </select>
      </div>
      <button type="submit" className="button secondary">{t("filters")}</button>
    </form>
  );
}
