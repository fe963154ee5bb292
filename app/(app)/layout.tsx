import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { hasRole } from "@/lib/roles";
import { logout } from "@/app/actions";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { ClientIntl } from "@/components/ui/client-intl";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const t = await getTranslations("nav");
  const links = [
    hasRole(user, "THERAPIST") && { href: "/caseload", label: t("caseload") },
    hasRole(user, "SUPERVISOR") && { href: "/supervision", label: t("supervision") },
    hasRole(user, "ADMIN") && { href: "/admin", label: t("admin") },
  ].filter((l): l is { href: string; label: string } => !!l);
  return (
    <ClientIntl>
      <a className="skip-link" href="#main">{t("skip")}</a>
      <header className="app-header">
        <Link href="/" className="brand">Bordin</Link>
        <nav aria-label={t("main")}>
          <ul className="nav-list">
            {links.map((l) => (
              <li key={l.href}><Link href={l.href}>{l.label}</Link></li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <span className="muted">{t("signedInAs", { name: user.name })}</span>
          <LanguageSwitch />
          <form action={logout}>
            <button type="submit" className="button secondary">{t("logout")}</button>
          </form>
        </div>
      </header>
      <main id="main" className="container">{children}</main>
    </ClientIntl>
  );
}
