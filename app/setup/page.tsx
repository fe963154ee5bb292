import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { setupOpen } from "@/lib/data/setup";
import { SetupForm } from "@/components/setup/setup-form";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { setupAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("setup"))("title") };
}

// The first run: open while the installation has no clinic, a 404 for good afterwards.
export default async function SetupPage() {
  if (!(await setupOpen())) notFound();
  const t = await getTranslations("setup");
  return (
    <main id="main" className="auth-page">
      <div className="card stack form-narrow">
        <p className="brand">Bordin</p>
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <SetupForm action={setupAction} />
        <LanguageSwitch />
      </div>
    </main>
  );
}
