import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CodeEntryForm } from "@/components/rating/code-entry-form";
import { PatientShell } from "@/components/rating/patient-shell";
import type { CodeEntryState } from "@/lib/rating/form-state";
import { readFlash } from "@/lib/rating/forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codeEntry"))("title") };
}

export default async function CodeEntryPage() {
  const t = await getTranslations("codeEntry");
  return (
    <PatientShell returnTo="/r">
      <section className="stack">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <CodeEntryForm initial={await readFlash<CodeEntryState>("/r")} />
      </section>
    </PatientShell>
  );
}
