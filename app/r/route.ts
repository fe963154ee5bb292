import { h } from "preact";
import { getTranslations } from "next-intl/server";
import { CodeEntryPage } from "@/components/patient/code-entry-page";
import { patientPage } from "@/components/patient/page";
import type { CodeEntryState } from "@/lib/rating/form-state";
import { readFlash } from "@/lib/rating/forms";

// The patient's pages answer plain HTML with no script (components/patient/page.tsx); the code
// typed here is posted to app/r/code.
export function GET() {
  return patientPage(async () => {
    const t = await getTranslations("codeEntry");
    return { title: t("title"), returnTo: "/r", body: h(CodeEntryPage, { t, state: (await readFlash<CodeEntryState>("/r")) ?? {} }) };
  });
}
