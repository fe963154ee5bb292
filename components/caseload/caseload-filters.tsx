import { getTranslations } from "next-intl/server";

/** Posts to a server action (works without JavaScript); the search is kept in a cookie, never the URL. */
export async function CaseloadFilters({ q, filter, searchAction }: { q?: string; filter: "all" | "attention"; searchAction: (form: FormData) => Promise<void> }) {
  const t = await getTranslations("caseload");
  return (
    <form action={searchAction} className="row caseload-filters" role="search">
      <div className="field">
        <label htmlFor="q">{t("search")}</label>
        <input id="q" name="q" type="search" maxLength={24} defaultValue={q} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="filter">{t("filter")}</label>
        <select id="filter" name="filter" defaultValue={filter}>
          <option value="all">{t("filterAll")}</option>
          <option value="attention">{t("filterAttention")}</option>
        </select>
      </div>
      <button type="submit" className="button secondary">{t("apply")}</button>
    </form>
  );
}
