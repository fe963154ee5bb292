import { LanguageSwitch } from "@/components/ui/language-switch";

// Patient pages and the handed-over tablet: no app chrome, nothing about the clinic or the
// therapist, no way back into the therapist's pages; a visible language switch.
export function PatientShell({ returnTo, children }: { returnTo: string; children: React.ReactNode }) {
  return (
    <div className="rating-shell">
      <header className="rating-header">
        <LanguageSwitch returnTo={returnTo} />
      </header>
      <main id="main" className="rating-main">{children}</main>
    </div>
  );
}
