import { getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/mutation";
import { errorResponse } from "@/lib/http/api";
import { parseInput } from "@/lib/mutation";
import { apiLocale } from "@/lib/i18n/locale";
import { exportAuditEvents } from "@/lib/data/audit-log";
import { auditCsv, auditCsvFilename } from "@/lib/audit/csv";
import { auditFilterSchema, auditFiltersFromQuery } from "@/lib/validation/audit-log";

/**
 * The filtered audit log as CSV, every matching event (the page's filters, without paging), read
 * and sent in batches so a clinic's whole history never sits in memory. The export is audited
 * before the first row (audit.export, with the filters). Never cached; the file's name holds only
 * the date.
 */
export async function GET(req: Request): Promise<Response> {
  try {
    const user = await requireCaller({ roles: ["ADMIN"], hideFromOtherRoles: true });
    const filters = parseInput(auditFilterSchema, auditFiltersFromQuery(new URL(req.url).searchParams), await apiLocale(user, req));
    const batches = await exportAuditEvents(user, filters);
    const ta = await getTranslations("auditActions");
    const label = (action: string) => (ta.has(action) ? ta(action as "audit.read") : action);
    const encoder = new TextEncoder();
    let first = true;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await batches.next();
        if (next.done) {
          if (first) controller.enqueue(encoder.encode(auditCsv([], label, true)));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(auditCsv(next.value, label, first)));
        first = false;
      },
      async cancel() {
        await batches.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${auditCsvFilename()}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
