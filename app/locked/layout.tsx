import { LanguageSwitch } from "@/components/ui/language-switch";

// The lock screen of a handed-over tablet: nothing of the therapist's until the password is given.
export default function LockedLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="rating-shell">
      <header className="rating-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="rating-main">{children}</main>
    </div>
  );
}
