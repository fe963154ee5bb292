"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth";
import { CASELOAD_SEARCH_COOKIE } from "@/lib/data/caseload";
import { patientListQuery } from "@/lib/validation/patient";

/**
 * The caseload search: the typed code goes into a short-lived httpOnly cookie, not the URL, so a
 * patient code never lands in browser history, bookmarks or access logs. The filter (not patient
 * data) stays in the URL.
 */
export async function searchCaseload(form: FormData) {
  await requirePageUser(["THERAPIST"]);
  const parsed = patientListQuery.safeParse({ q: String(form.get("q") ?? "") || undefined, filter: form.get("filter") ?? undefined });
  const { q, filter } = parsed.success ? parsed.data : { q: undefined, filter: "all" as const };
  const store = await cookies();
  if (q) store.set(CASELOAD_SEARCH_COOKIE, q, { httpOnly: true, sameSite: "lax", path: "/caseload", maxAge: 60 * 60 });
  else store.delete({ name: CASELOAD_SEARCH_COOKIE, path: "/caseload" });
  redirect(filter === "attention" ? "/caseload?filter=attention" : "/caseload");
}
