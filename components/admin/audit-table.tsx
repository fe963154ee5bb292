import { PageLinks } from "@/components/ui/page-links";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/lib/data/audit-log";

/** One page of the log: time in the clinic's zone, who, what in words (with the action's code), on which record. */
export async function AuditTable({ rows, label }: { rows: AuditRow[]; label: (action: string) => string }) {
  const [t, format] = await Promise.all([getTranslations("auditLog"), getFormatter()]);
  const entity = (name: string) => (t.has(`entities.${name}`) ? t(`entities.${name}` as "entities.Patient") : name);
  return (
    <div className="table-scroll">
      <table className="table audit-table">
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("what")}</th>
            <th scope="col">{t("record")}</th>
            <th scope="col">{t("address")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <td><time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" })}</time></td>
              <td>{e.userName ?? (t.has(`actors.${e.actor}`) ? t(`actors.${e.actor}` as "actors.user") : e.actor)}</td>
              <td>{label(e.action)} <code className="muted">{e.action}</code></td>
              <td>{entity(e.entity)}{e.entityId ? <> <code className="muted">{e.entityId}</code></> : null}</td>
              <td>{e.ip ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function AuditPagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = await getTranslations("auditLog");
  return <PageLinks page={page} pages={pages} href={href} labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page, pages }) }} />;
}
