import { apiRead } from "@/lib/http/api";
import { listAuditEvents } from "@/lib/data/audit-log";
import { parseInput } from "@/lib/mutation";
import { apiLocale } from "@/lib/i18n/locale";
import { auditFilterSchema, auditFiltersFromQuery } from "@/lib/validation/audit-log";

export const GET = apiRead(["ADMIN"], async (user, _params, url, req) => {
  const filters = parseInput(auditFilterSchema, auditFiltersFromQuery(url.searchParams), await apiLocale(user, req));
  const { events, ...page } = await listAuditEvents(user, filters);
  return { ...page, events: events.map((e) => ({ ...e, at: e.at.toISOString(), detail: e.detail ? (JSON.parse(e.detail) as unknown) : null })) };
}, { hideFromOtherRoles: true });
