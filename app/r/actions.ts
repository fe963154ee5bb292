"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { clientAddress } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/data/rate-limit";
import { openRatingLink, submitRating, type LinkRef } from "@/lib/data/ratings";
import { CODE_COOKIE, HANDOVER_COOKIE, normalizeCode, signValue, verifySigned } from "@/lib/rating-token";
import { ratingFormToRaw } from "@/lib/validation/rating";
import { isLocale } from "@/lib/i18n/config";
import type { RatingFormState } from "@/components/rating/form-state";

// Code entry: 10 tries per address in 15 minutes, counted in the database so the limit holds across
// app servers. Unknown, used, expired and revoked codes get the same answer.
const CODE_LIMIT = 10;
const CODE_WINDOW_SECONDS = 15 * 60;

export type CodeEntryState = { error?: "neutral" | "rateLimited"; code?: string };

export async function enterCode(_prev: CodeEntryState, form: FormData): Promise<CodeEntryState> {
  const typed = String(form.get("code") ?? "").slice(0, 64);
  if (!(await consumeRateLimit(db, `rating-code:${await clientAddress()}`, CODE_LIMIT, CODE_WINDOW_SECONDS))) {
    return { error: "rateLimited", code: typed };
  }
  const code = normalizeCode(typed);
  const link = code ? await openRatingLink({ code }) : null;
  if (!code || link?.state !== "open") return { error: "neutral", code: typed };
  // Signed, so the form behind a code cannot be reached by writing the cookie by hand.
  (await cookies()).set(CODE_COOKIE, signValue(code), { httpOnly: true, sameSite: "lax", path: "/r", maxAge: 2 * 3600 });
  redirect("/r/form");
}

async function refFor(source: string, form: FormData): Promise<LinkRef | null> {
  const store = await cookies();
  if (source === "link") {
    const token = form.get("token");
    return typeof token === "string" && token ? { token } : null;
  }
  if (source === "code") {
    const code = verifySigned(store.get(CODE_COOKIE)?.value);
    return code ? { code } : null;
  }
  if (source === "handover") {
    const token = store.get(HANDOVER_COOKIE)?.value;
    return token ? { token } : null;
  }
  return null;
}

/** The rating form (with or without JavaScript): one call to the shared submission path. */
export async function submitRatingForm(prev: RatingFormState, form: FormData): Promise<RatingFormState> {
  const attempt = (prev.attempt ?? 0) + 1;
  const source = String(form.get("source") ?? "");
  const values = Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$"))) as Record<string, string>;
  const ref = await refFor(source, form);
  if (!ref) return { status: "error", code: "not_found", attempt };
  const locale = await getLocale();
  try {
    await submitRating(ref, ratingFormToRaw(form), { locale: isLocale(locale) ? locale : "nb", ip: await clientAddress() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: "error", code: error.code, fieldErrors: error.fieldErrors, values, attempt };
  }
  const store = await cookies();
  if (source === "handover") {
    store.delete(HANDOVER_COOKIE);
    redirect("/locked?done=1");
  }
  if (source === "code") store.delete({ name: CODE_COOKIE, path: "/r" });
  redirect("/r/thanks");
}
