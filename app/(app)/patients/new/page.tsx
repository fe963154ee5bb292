import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { todayIso } from "@/lib/validation/form-input";
import { NewPatientForm } from "@/components/patients/new-patient-form";
import { createPatientAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("patient"))("newTitle") };
}

export default async function NewPatientPage() {
  await requirePageUser(["THERAPIST"]);
  const t = await getTranslations("patient");
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <p className="muted">{t("newIntro")}</p>
      <NewPatientForm today={todayIso()} action={createPatientAction} />
    </>
  );
}
