import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { PATIENT_PAGE_HEADER } from "@/lib/http/patient-pages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline"), robots: { index: false } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The patient's pages have no client component, so they go without next-intl's client provider:
// a patient's phone then loads only Next's own runtime (see lib/http/patient-pages.ts). They are
// left only by full page loads (plain forms and links), so a therapist's page never inherits this
// layout without the provider.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, patientPage] = await Promise.all([getLocale(), headers().then((h) => h.get(PATIENT_PAGE_HEADER) === "1")]);
  return (
    <html lang={locale}>
      <body>{patientPage ? children : <NextIntlClientProvider>{children}</NextIntlClientProvider>}</body>
    </html>
  );
}
