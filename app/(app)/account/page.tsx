import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { LanguageForm } from "@/components/account/language-form";
import { changePasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

// Every signed-in user's own account; also where a one-time password is replaced (every other page
// leads here until it is).
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requirePageUser(undefined, { beforePasswordChange: true });
  const [t, tr, { changed }] = await Promise.all([getTranslations("account"), getTranslations("admin.role"), searchParams]);
  return (
    <div className="stack form-narrow">
      <h1>{t("title")}</h1>
      {user.mustChangePassword && <p className="notice" role="status">{t("mustChange")}</p>}
      {changed && !user.mustChangePassword && <p className="notice" role="status">{t("changed")}</p>}
      <section className="card stack" aria-labelledby="password-heading">
        <h2 id="password-heading">{t("passwordHeading")}</h2>
        <p className="muted">{t("passwordIntro")}</p>
        <ChangePasswordForm email={user.email} action={changePasswordAction} />
      </section>
      <section className="card stack" aria-label={t("languageHeading")}>
        <LanguageForm />
      </section>
      <section className="card stack" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t("profile")}</h2>
        <dl className="facts">
          <dt>{t("name")}</dt>
          <dd>{user.name}</dd>
          <dt>{t("email")}</dt>
          <dd>{user.email}</dd>
          <dt>{t("roles")}</dt>
          <dd>{user.roles.map((r) => tr(r)).join(", ")}</dd>
        </dl>
        <p className="muted hint">{t("profileHint")}</p>
      </section>
    </div>
  );
}
