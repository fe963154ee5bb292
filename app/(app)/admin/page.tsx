import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { userOverview } from "@/lib/data/user-admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

/** The admin start page: counts only, and the way to each task. */
export default async function AdminPage() {
  const user = await requirePageUser(["ADMIN"]);
  const [t, tn, overview] = await Promise.all([getTranslations("admin"), getTranslations("adminOverview"), userOverview(user)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{tn("intro")}</p>
      <ul className="stack">
        <li>
          <Link href="/admin/users">{tn("activeUsers", { count: overview.active })}</Link>, {tn("inactiveUsers", { count: overview.inactive })}.{" "}
          {tn("pendingPasswords", { count: overview.pendingPasswords })}
        </li>
        <li>
          <Link href="/admin/supervision">{tn("pairs", { count: overview.pairs })}</Link>
        </li>
      </ul>
      <p>
        <Link href="/admin/users/new" className="button">{tn("inviteLink")}</Link>
      </p>
    </>
  );
}
