import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { activeUsersWithRole, listSupervisionPairs } from "@/lib/data/supervision-admin";
import { AssignSupervisionForm, RemovePairForm } from "@/components/admin/supervision-forms";
import { assignSupervisionAction, removeSupervisionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSupervision"))("title") };
}

export default async function AdminSupervisionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePageUser(["ADMIN"]);
  const { done } = await searchParams;
  const [t, format, pairs, supervisors, therapists] = await Promise.all([
    getTranslations("adminSupervision"),
    getFormatter(),
    listSupervisionPairs(admin),
    activeUsersWithRole(admin, "SUPERVISOR"),
    activeUsersWithRole(admin, "THERAPIST"),
  ]);
  const person = (p: { name: string; active: boolean }) => (p.active ? p.name : `${p.name} ${t("inactive")}`);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {done === "assigned" || done === "removed" ? <p className="notice" role="status">{t(done)}</p> : null}
      {supervisors.length && therapists.length ? (
        <AssignSupervisionForm supervisors={supervisors} therapists={therapists} action={assignSupervisionAction} />
      ) : (
        <p>{t("noCandidates")}</p>
      )}
      <h2>{t("pairs")}</h2>
      {pairs.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("supervisor")}</th>
                <th scope="col">{t("therapist")}</th>
                <th scope="col">{t("since")}</th>
                <th scope="col"><span className="visually-hidden">{t("remove")}</span></th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={`${p.supervisor.id}-${p.therapist.id}`}>
                  <td>{person(p.supervisor)}</td>
                  <td>{person(p.therapist)}</td>
                  <td>{format.dateTime(new Date(p.createdAt), { dateStyle: "medium" })}</td>
                  <td>
                    <RemovePairForm supervisor={p.supervisor} therapist={p.therapist} action={removeSupervisionAction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
