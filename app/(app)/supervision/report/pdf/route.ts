import { getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/mutation";
import { errorResponse } from "@/lib/http/api";
import { fieldInvalid } from "@/lib/validation/messages";
import { requestLocale } from "@/lib/i18n/locale";
import { recordReportExport, requireReportTarget } from "@/lib/data/supervision-report";
import { ChromiumMissing, renderPagePdf } from "@/lib/pdf/render-page";
import { periodParams } from "@/lib/supervision/period";
import { readReportQuery } from "@/lib/validation/supervision";
import { todayIso } from "@/lib/validation/form-input";

// The supervision report as a PDF download: the report page printed by Chromium with the
// requester's own session (lib/pdf/render-page.ts). The file name holds the period only.
const plain = (message: string, status: number) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(req: Request) {
  try {
    const user = await requireCaller({ roles: ["SUPERVISOR"] });
    const url = new URL(req.url);
    const get = (k: string) => url.searchParams.get(k) ?? undefined;
    const q = readReportQuery({ therapist: get("therapist"), period: get("period"), from: get("from"), to: get("to") }, todayIso());
    const locale = await requestLocale();
    if (!q.target) throw fieldInvalid("therapist", "reportTarget", locale);
    if (q.invalid) throw fieldInvalid("period", "reportPeriod", locale);
    await requireReportTarget(user, q.target);
    const t = await getTranslations("supervisionReport");
    const query = new URLSearchParams({ therapist: q.target, ...periodParams(q.choice, q.days) });
    let pdf: Buffer;
    try {
      pdf = await renderPagePdf(`/supervision/report?${query}`, req.headers.get("cookie") ?? "", req.headers.get("accept-language"));
    } catch (error) {
      if (error instanceof ChromiumMissing) return plain(t("pdfUnavailable"), 503);
      console.error(`[pdf] report not rendered: ${error instanceof Error ? error.name : typeof error}`);
      return plain(t("pdfFailed"), 502);
    }
    await recordReportExport(user, q.target, q.days);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="supervision-report-${q.days.from}-to-${q.days.to}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
