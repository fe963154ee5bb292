import { h } from "preact";
import { getTranslations } from "next-intl/server";
import { patientPage } from "@/components/patient/page";
import { ThanksPage } from "@/components/patient/thanks-page";

export function GET() {
  return patientPage(async () => {
    const t = await getTranslations("ratingForm");
    return { title: t("thanksTitle"), returnTo: "/r/thanks", body: h(ThanksPage, { t }) };
  });
}
