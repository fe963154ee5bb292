import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("caseload") };
}

export default async function CaseloadPage() {
  await requirePageUser(["THERAPIST"]);
  const t = await getTranslations("nav");
  return <h1>{t("caseload")}</h1>;
}
