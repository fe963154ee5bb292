import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { getUser } from "@/lib/data/user-admin";
import { pageNotFound } from "@/lib/page-errors";
import { ResetPasswordForm, UserEditForm, UserStatusForm } from "@/components/admin/user-edit-form";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("title") };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePageUser(["ADMIN"]);
  const { id } = await params;
  const user = await getUser(admin, id).catch(pageNotFound);
  const [t, tu, format] = await Promise.all([getTranslations("editUser"), getTranslations("adminUsers"), getFormatter()]);
  return (
    <>
      <p><Link href="/admin/users">{t("back")}</Link></p>
      <h1>{t("title", { name: user.name })}</h1>
      <dl className="facts">
        <dt>{tu("email")}</dt>
        <dd>{user.email}</dd>
        <dt>{tu("status")}</dt>
        <dd>{user.active ? tu("active") : tu("inactive")}{user.active && user.mustChangePassword ? ` · ${t("mustChange")}` : ""}</dd>
        <dt>{tu("supervises")}</dt>
        <dd>{user.supervises.map((p) => p.name).join(", ") || tu("none")}</dd>
        <dt>{tu("supervisedBy")}</dt>
        <dd>{user.supervisedBy.map((p) => p.name).join(", ") || tu("none")}</dd>
      </dl>
      <p className="muted">{t("created", { date: format.dateTime(new Date(user.createdAt), { dateStyle: "medium" }) })}</p>
      <div className="stack">
        <UserEditForm user={user} action={updateUserAction} />
        <UserStatusForm user={user} action={setUserActiveAction} />
        <ResetPasswordForm user={user} action={resetPasswordAction} />
      </div>
    </>
  );
}
