import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getLoginUser } from "@/lib/auth";
import { setupOpen } from "@/lib/data/setup";
import { homePath } from "@/lib/roles";
import { LoginForm } from "@/components/auth/login-form";
import { login } from "./actions";
import { LanguageSwitch } from "@/components/ui/language-switch";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; loggedOut?: string; error?: string }> }) {
  // Until the installation has a clinic there is nobody to log in: every page leads to the first run.
  if (await setupOpen()) redirect("/setup");
  const user = await getLoginUser();
  if (user) redirect(homePath(user));
  const params = await searchParams;
  const t = await getTranslations("login");
  return (
    <main id="main" className="auth-page">
      <div className="card auth-card">
        <p className="brand">Bordin</p>
        <h1>{t("title")}</h1>
        {params.loggedOut && <p role="status" className="notice">{t("loggedOut")}</p>}
        <LoginForm callbackUrl={typeof params.callbackUrl === "string" ? params.callbackUrl : undefined} nextAuthError={!!params.error} action={login} />
        <LanguageSwitch />
      </div>
    </main>
  );
}
