import { PatientLanguageSwitch } from "@/components/rating/patient-language-switch";

// Patient pages: no app chrome, nothing about the clinic or the therapist; a visible language switch.
export function PatientShell({ returnTo, children }: { returnTo: string; children: React.ReactNode }) {
  return (
    <div className="rating-shell">
      <header className="rating-header">
        <PatientLanguageSwitch returnTo={returnTo} />
      </header>
      <main id="main" className="rating-main">{children}</main>
    </div>
  );
}
