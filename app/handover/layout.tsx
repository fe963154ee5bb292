import { LanguageSwitch } from "@/components/ui/language-switch";

// The handed-over tablet: only the form, no app chrome, no way back into the therapist's pages.
export default function HandoverLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="rating-shell">
      <header className="rating-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="rating-main">{children}</main>
    </div>
  );
}
