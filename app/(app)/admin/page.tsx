import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { listClinicUsers, recentAuditEvents } from "@/lib/data/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const user = await requirePageUser(["ADMIN"]);
  const [t, format, users, events] = await Promise.all([getTranslations("admin"), getFormatter(), listClinicUsers(user), recentAuditEvents(user)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <h2>{t("users")}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("roles")}</th>
            <th scope="col">{t("supervises")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              <td>{u.email}</td>
              <td>{u.roles.map((r) => t(`role.${r.role}`)).join(", ")}</td>
              <td>{u.supervises.map((s) => s.therapist.name).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("audit")}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("action")}</th>
            <th scope="col">{t("record")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" })}</td>
              <td>{e.userName ?? e.actor}</td>
              <td><code>{e.action}</code></td>
              <td>{e.entity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
