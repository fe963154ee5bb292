import { ClientIntl } from "@/components/ui/client-intl";

// The setup form is a client component that reads its messages (components/ui/client-intl.tsx).
export default function SetupLayout({ children }: { children: React.ReactNode }) {
  return <ClientIntl>{children}</ClientIntl>;
}
