import { NextIntlClientProvider } from "next-intl";

// next-intl's client provider (the messages and the runtime that `useTranslations` needs in client
// components), for the layouts whose pages have client components: app/(app)/layout.tsx and
// app/login/layout.tsx. Not in the root layout: whatever the root layout imports is loaded by every
// page, and the patient's pages have no client component (it cost each of them about 16 KB gzip;
// docs/benchmarks.md). A new page outside those folders whose client components read messages
// wraps itself in this.
export function ClientIntl({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
