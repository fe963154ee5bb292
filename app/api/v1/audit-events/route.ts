import { apiRead } from "@/lib/http/api";
import { listAuditEvents } from "@/lib/data/audit-log";
import { invalid } from "@/lib/errors";
import { fieldErrors } from "@/lib/mutation";
import { auditFilterSchema, auditFiltersFromQuery } from "@/lib/validation/audit-log";

export const GET = apiRead(["ADMIN"], async (user, _params, url) => {
  const parsed = auditFilterSchema.safeParse(auditFiltersFromQuery(url.searchParams));
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const { events, ...page } = await listAuditEvents(user, parsed.data);
  return { ...page, events: events.map((e) => ({ ...e, at: e.at.toISOString(), detail: e.detail ? (JSON.parse(e.detail) as unknown) : null })) };
}, { hideFromOtherRoles: true });
