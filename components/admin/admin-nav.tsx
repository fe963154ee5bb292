"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

// The admin area's own navigation. Settings and the audit log are admin pages too; the current
// page is marked for assistive technology (aria-current), not by colour alone.
const ITEMS = [
  { href: "/admin", key: "overview" },
  { href: "/admin/users", key: "users" },
  { href: "/admin/supervision", key: "supervision" },
  { href: "/admin/patients", key: "patients" },
  { href: "/admin/settings", key: "settings" },
  { href: "/admin/audit", key: "audit" },
] as const;

export function AdminNav() {
  const t = useTranslations("adminNav");
  const path = usePathname();
  const current = (href: string) => (href === "/admin" ? path === href : path === href || path.startsWith(`${href}/`));
  return (
    <nav aria-label={t("label")} className="subnav">
      <ul className="nav-list">
        {ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={current(item.href) ? "page" : undefined}>{t(item.key)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
