import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CodeEntryForm } from "@/components/rating/code-entry-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codeEntry"))("title") };
}

export default async function CodeEntryPage() {
  const t = await getTranslations("codeEntry");
  return (
    <section className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <CodeEntryForm />
    </section>
  );
}
