import { PageLinks } from "@/components/ui/page-links";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/lib/data/audit-log";

/**
 * One page of the log: time in the clinic's zone written the reader's way (a month name, a 24-hour
 * clock: "2 Dec 2026" can't be misread as 12 February), who, what in plain words, on which record.
 * The codes stay in the CSV download, where a machine reads them.
 */
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
              <td><time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })}</time></td>
              <td>{e.userName ?? (t.has(`actors.${e.actor}`) ? t(`actors.${e.actor}` as "actors.user") : e.actor)}</td>
              <td>{label(e.action)}</td>
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
