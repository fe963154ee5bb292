/** @jsxImportSource preact */
import type { Translate } from "@/components/patient/types";

export function ThanksPage({ t }: { t: Translate }) {
  return (
    <section className="card stack">
      <h1>{t("thanksTitle")}</h1>
      <p role="status">{t("thanksText")}</p>
    </section>
  );
}
