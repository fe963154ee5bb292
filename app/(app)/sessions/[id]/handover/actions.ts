"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { lockSession } from "@/lib/auth";
import { formToObject, runMutation } from "@/lib/mutation";
import { createRatingLinkMutation } from "@/lib/data/rating-links";
import { HANDOVER_COOKIE, HANDOVER_SESSION_COOKIE } from "@/lib/rating-token";
import { isLocale } from "@/lib/i18n/config";

const cookie = { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: 4 * 3600 };

/**
 * "Hand to patient": a fresh link whose token goes into an httpOnly cookie (never the tablet's
 * address bar or history), then the therapist's session is locked and the screen shows only the form.
 */
export async function handOverAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const link = await runMutation(createRatingLinkMutation, formToObject(form), isLocale(locale) ? locale : "nb");
  const store = await cookies();
  store.set(HANDOVER_COOKIE, link.token, cookie);
  store.set(HANDOVER_SESSION_COOKIE, link.sessionId, cookie);
  await lockSession();
  redirect("/handover");
}
