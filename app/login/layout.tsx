import { ClientIntl } from "@/components/ui/client-intl";

// The login form is a client component that reads its messages (components/ui/client-intl.tsx).
export default function LoginLayout({ children }: { children: React.ReactNode }) {
  return <ClientIntl>{children}</ClientIntl>;
}
