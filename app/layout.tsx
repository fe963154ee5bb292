import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline"), robots: { index: false } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// No client component here: every page loads what the root layout imports, and the patient's pages
// load nothing of ours. next-intl's client provider is in the layouts that need it
// (components/ui/client-intl.tsx).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
