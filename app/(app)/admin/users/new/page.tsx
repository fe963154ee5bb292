import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { InviteUserForm } from "@/components/admin/invite-user-form";
import { inviteUserAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inviteUser"))("title") };
}

export default async function InviteUserPage() {
  await requirePageUser(["ADMIN"]);
  const t = await getTranslations("inviteUser");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <InviteUserForm action={inviteUserAction} />
    </>
  );
}
