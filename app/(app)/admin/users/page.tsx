import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { listUsers } from "@/lib/data/user-admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("title") };
}

export default async function AdminUsersPage() {
  const user = await requirePageUser(["ADMIN"]);
  const [t, tr, users] = await Promise.all([getTranslations("adminUsers"), getTranslations("admin.role"), listUsers(user)]);
  const names = (people: { name: string }[]) => (people.length ? people.map((p) => p.name).join(", ") : t("none"));
  return (
    <>
      <div className="row page-head">
        <h1>{t("title")}</h1>
        <Link href="/admin/users/new" className="button">{t("invite")}</Link>
      </div>
      <p className="muted">{t("intro")}</p>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("roles")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("supervises")}</th>
              <th scope="col">{t("supervisedBy")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  <Link href={`/admin/users/${u.id}`} aria-label={t("edit", { name: u.name })}>{u.name}</Link>
                </th>
                <td>{u.email}</td>
                <td>{u.roles.map((r) => tr(r)).join(", ")}</td>
                <td>
                  <span className={u.active ? "badge repaired" : "badge dismissed"}>{u.active ? t("active") : t("inactive")}</span>
                  {u.active && u.mustChangePassword ? <p className="muted hint">{t("mustChange")}</p> : null}
                </td>
                <td>{names(u.supervises)}</td>
                <td>{names(u.supervisedBy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
