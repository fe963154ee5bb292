import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { listSupervisees } from "@/lib/data/supervision";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("title") };
}

export default async function SupervisionPage() {
  const user = await requirePageUser(["SUPERVISOR"]);
  const [t, rows] = await Promise.all([getTranslations("supervision"), listSupervisees(user)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("therapist")}</th>
              <th scope="col" className="num">{t("activePatients")}</th>
              <th scope="col" className="num">{t("openRuptures")}</th>
              <th scope="col" className="num">{t("unrepaired")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td className="num">{r.activePatients}</td>
                <td className="num">{r.openRuptures}</td>
                <td className="num">{r.unrepairedRuptures}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
