"use server";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth";
import type { FormState } from "@/lib/mutation";
import { fieldErrors } from "@/lib/mutation";
import { patientIdForCode } from "@/lib/data/audit-log";
import { requestLocale } from "@/lib/i18n/locale";
import { auditFilterSchema, auditQueryString } from "@/lib/validation/audit-log";
import { validationMessage } from "@/lib/validation/messages";
import { zodLocaleError } from "@/lib/validation/zod-locale";

/**
 * The audit log's filters. The patient is typed as its code, which must never reach a URL (browser
 * history, proxy logs): the form is posted here, the code is looked up in the clinic, and the page
 * is opened with the patient's id — the same cuid every patient page's address already carries,
 * and not a patient datum. The other filters go into the query string as they are.
 */
export async function filterAuditLog(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requirePageUser(["ADMIN"]);
  const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
  const values = Object.fromEntries(["userId", "action", "from", "to", "patient"].map((k) => [k, String(form.get(k) ?? "")]));
  const locale = await requestLocale();
  const parsed = auditFilterSchema.safeParse({ userId: text("userId"), action: text("action"), from: text("from"), to: text("to") }, { error: zodLocaleError(locale) });
  if (!parsed.success) return { status: "error", code: "invalid", fieldErrors: fieldErrors(parsed.error), values };
  const code = text("patient")?.slice(0, 24);
  const patientId = code ? await patientIdForCode(user, code) : undefined;
  if (patientId === null) return { status: "error", code: "invalid", fieldErrors: { patient: [validationMessage("patientCodeUnknown", locale)] }, values };
  redirect(`/admin/audit${auditQueryString({ ...parsed.data, patientId, page: 1 })}`);
}
