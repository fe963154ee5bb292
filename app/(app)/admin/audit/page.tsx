import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { auditFilterOptions, listAuditEvents, patientCodeForFilter } from "@/lib/data/audit-log";
import { auditFilterSchema, auditFiltersFromQuery, auditQueryString } from "@/lib/validation/audit-log";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditPagination, AuditTable } from "@/components/admin/audit-table";
import { filterAuditLog } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser(["ADMIN"]);
  const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  // A query string the form did not make (edited by hand) falls back to the unfiltered log.
  const parsed = auditFilterSchema.safeParse(auditFiltersFromQuery(query));
  const filters = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const log = await listAuditEvents(user, filters).catch((error: unknown) => {
    // A patient id of another clinic: recorded as refused by the data layer, answered as missing.
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const [t, ta, options, patient] = await Promise.all([
    getTranslations("auditLog"),
    getTranslations("auditActions"),
    auditFilterOptions(user),
    filters.patientId ? patientCodeForFilter(user, filters.patientId) : null,
  ]);
  const label = (action: string) => (ta.has(action) ? ta(action as "audit.read") : action);
  return (
    <>
      <div className="row page-head">
        <h1>{t("title")}</h1>
        <a className="button secondary" href={`/api/v1/audit-events.csv${auditQueryString({ ...filters, page: 1 })}`} download>{t("download")}</a>
      </div>
      <p className="muted">{t("intro")}</p>
      <AuditFilters
        key={query.toString()}
        users={options.users}
        actions={options.actions.map((value) => ({ value, label: label(value) }))}
        values={{ userId: filters.userId, action: filters.action, from: filters.from, to: filters.to, patient: patient ?? undefined }}
        action={filterAuditLog}
      />
      <p role="status">{t("count", { total: log.total })}</p>
      {log.events.length === 0 ? <p>{t("empty")}</p> : <AuditTable rows={log.events} label={label} />}
      <AuditPagination page={log.page} pages={log.pages} href={(p) => `/admin/audit${auditQueryString({ ...filters, page: p })}`} />
    </>
  );
}
