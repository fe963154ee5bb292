import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePageUser } from "@/lib/auth";
import { caseloadOwners, listPatientsByCode } from "@/lib/data/patient-reassign";
import { activeUsersWithRole } from "@/lib/data/supervision-admin";
import { ReassignCaseloadForm, ReassignPatientForm } from "@/components/admin/reassign-forms";
import { reassignCaseloadAction, reassignPatientAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPatients"))("title") };
}

// The filter is a user id (never a patient code); a bad query string falls back to the defaults.
const query = z.object({
  therapist: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  moved: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AdminPatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePageUser(["ADMIN"]);
  const raw = await searchParams;
  const q = query.parse({ therapist: first(raw.therapist), page: first(raw.page) ?? 1, moved: first(raw.moved) });
  const [t, owners, therapists, list] = await Promise.all([
    getTranslations("adminPatients"),
    caseloadOwners(admin),
    activeUsersWithRole(admin, "THERAPIST"),
    listPatientsByCode(admin, { therapistId: q.therapist, page: q.page }),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageHref = (p: number) => `/admin/patients?${new URLSearchParams({ ...(q.therapist ? { therapist: q.therapist } : {}), page: String(p) })}`;
  const ownerName = (o: { name: string; active: boolean }) => (o.active ? o.name : t("inactive", { name: o.name }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {q.moved ? <p className="notice" role="status">{t("bulkMoved", { count: q.moved })}</p> : null}
      {therapists.length === 0 ? <p>{t("noTherapists")}</p> : <ReassignCaseloadForm owners={owners} therapists={therapists} from={q.therapist} action={reassignCaseloadAction} />}
      <form method="get" action="/admin/patients" className="row" role="search">
        <div className="field">
          <label htmlFor="therapist">{t("filter")}</label>
          <select id="therapist" name="therapist" defaultValue={q.therapist ?? ""}>
            <option value="">{t("filterAll")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>{t("caseloadOption", { name: ownerName(o), count: o.patients })}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="button secondary">{t("apply")}</button>
      </form>
      <p role="status">{t("count", { total: list.total })}</p>
      {list.patients.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("code")}</th>
                <th scope="col">{t("current")}</th>
                <th scope="col">{t("moveTo")}</th>
              </tr>
            </thead>
            <tbody>
              {list.patients.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.code}</th>
                  <td>{ownerName(p.therapist)}</td>
                  <td>
                    <ReassignPatientForm patient={{ id: p.id, code: p.code, therapistId: p.therapist.id }} therapists={therapists} view={q.therapist} action={reassignPatientAction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="row pagination">
          {list.page > 1 && <Link href={pageHref(list.page - 1)}>{t("previous")}</Link>}
          <span aria-current="page">{t("pageOf", { page: list.page, pages })}</span>
          {list.page < pages && <Link href={pageHref(list.page + 1)}>{t("next")}</Link>}
        </nav>
      ) : null}
    </>
  );
}
