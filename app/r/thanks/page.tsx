import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PatientShell } from "@/components/rating/patient-shell";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ratingForm"))("thanksTitle") };
}

export default async function ThanksPage() {
  const t = await getTranslations("ratingForm");
  return (
    <PatientShell returnTo="/r/thanks">
      <section className="card stack">
        <h1>{t("thanksTitle")}</h1>
        <p role="status">{t("thanksText")}</p>
      </section>
    </PatientShell>
  );
}
