import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { hasRole } from "@/lib/roles";
import { logout } from "@/app/actions";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { ClientIntl } from "@/components/ui/client-intl";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Each page requires its own user; here a user with a one-time password is let through so the
  // account page (where it is replaced) has its header, with no links to pages they cannot open yet.
  const user = await requirePageUser(undefined, { beforePasswordChange: true });
  const t = await getTranslations("nav");
  const working = !user.mustChangePassword;
  const links = [
    working && hasRole(user, "THERAPIST") && { href: "/caseload", label: t("caseload") },
    working && hasRole(user, "SUPERVISOR") && { href: "/supervision", label: t("supervision") },
    working && hasRole(user, "ADMIN") && { href: "/admin", label: t("admin") },
    { href: "/account", label: t("account") },
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
