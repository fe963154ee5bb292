"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { lockLogin } from "@/lib/auth";
import { runFormMutation } from "@/lib/mutation";
import { AppError } from "@/lib/errors";
import { actionError } from "@/lib/page-errors";
import type { CreatedLink } from "@/lib/data/rating-links";
import { createRatingLinkMutation } from "@/lib/mutations/rating-links";
import { HANDOVER_COOKIE, HANDOVER_SESSION_COOKIE } from "@/lib/rating/token";

const cookie = { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: 4 * 3600 };

/**
 * "Hand to patient": a fresh link whose token goes into an httpOnly cookie (never the tablet's
 * address bar or history), then the therapist's session is locked and the screen shows only the form.
 */
export async function handOverAction(form: FormData): Promise<void> {
  let link: CreatedLink;
  try {
    link = await runFormMutation(createRatingLinkMutation, form);
  } catch (error) {
    // Rated meanwhile (another tab, the link): the session's rating page shows the rating.
    if (error instanceof AppError && error.status === 409) redirect(`/sessions/${encodeURIComponent(String(form.get("id")))}/rating-link`);
    actionError(error);
  }
  const store = await cookies();
  store.set(HANDOVER_COOKIE, link.token, cookie);
  store.set(HANDOVER_SESSION_COOKIE, link.sessionId, cookie);
  await lockLogin();
  redirect("/handover");
}
