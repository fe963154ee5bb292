import { LanguageSwitch } from "@/components/ui/language-switch";

// Patient pages: no app chrome, nothing about the clinic or the therapist; a visible language switch.
export default function RatingLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="rating-shell">
      <header className="rating-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="rating-main">{children}</main>
    </div>
  );
}
