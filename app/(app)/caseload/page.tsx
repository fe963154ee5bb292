import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { CASELOAD_SEARCH_COOKIE, getCaseload } from "@/lib/data/caseload";
import { patientListQuery } from "@/lib/validation/patient";
import { CaseloadFilters } from "@/components/caseload/caseload-filters";
import { searchCaseload } from "./actions";
import { CaseloadTable } from "@/components/caseload/caseload-table";
import { Pagination } from "@/components/caseload/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseload"))("title") };
}

export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser(["THERAPIST"]);
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  // A bad query string falls back to the defaults rather than an error page.
  const q = (await cookies()).get(CASELOAD_SEARCH_COOKIE)?.value || undefined;
  const parsed = patientListQuery.safeParse({ q, filter: first(raw.filter), page: first(raw.page) });
  const query = parsed.success ? parsed.data : patientListQuery.parse({});
  const [t, caseload] = await Promise.all([getTranslations("caseload"), getCaseload(user, query)]);
  return (
    <>
      <div className="row page-head">
        <h1>{t("title")}</h1>
        <Link href="/patients/new" className="button">{t("newPatient")}</Link>
      </div>
      <p className="muted">{t("intro")}</p>
      <CaseloadFilters q={query.q} filter={query.filter} searchAction={searchCaseload} />
      <p role="status">{t("count", { total: caseload.total, attention: caseload.attention })}</p>
      {caseload.rows.length === 0 ? (
        <p>{query.q || query.filter === "attention" ? t("emptySearch") : t("empty")}</p>
      ) : (
        <CaseloadTable rows={caseload.rows} />
      )}
      <Pagination page={caseload.page} pages={caseload.pages} params={{ filter: query.filter === "all" ? undefined : query.filter }} />
    </>
  );
}
