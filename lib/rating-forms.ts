import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { clientAddress } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/data/rate-limit";
import { openRatingLink, submitRating, type LinkRef } from "@/lib/data/ratings";
import { CODE_COOKIE, HANDOVER_COOKIE, normalizeCode, signValue, verifySigned } from "@/lib/rating-token";
import { ratingFormToRaw } from "@/lib/validation/rating";
import { isLocale } from "@/lib/i18n/config";
import type { CodeEntryState, RatingFormState } from "@/lib/rating-form-state";

// The patient forms' logic, shared by the server actions (JavaScript on) and the plain-POST route
// handlers (JavaScript off: the pages send Referrer-Policy no-referrer, so a browser's form POST
// carries `Origin: null`, which Next refuses for server actions). Either way one outcome: a new form
// state to show, or where to go next.
export type Outcome<S> = { state: S } | { redirect: string };

// Code entry: 10 tries per address in 15 minutes, counted in the database so the limit holds across
// app servers. Unknown, used, expired and revoked codes get the same answer.
const CODE_LIMIT = 10;
const CODE_WINDOW_SECONDS = 15 * 60;

export async function handleCodeEntry(form: FormData): Promise<Outcome<CodeEntryState>> {
  const typed = String(form.get("code") ?? "").slice(0, 64);
  if (!(await consumeRateLimit(db, `rating-code:${await clientAddress()}`, CODE_LIMIT, CODE_WINDOW_SECONDS))) {
    return { state: { error: "rateLimited", code: typed } };
  }
  const code = normalizeCode(typed);
  const link = code ? await openRatingLink({ code }) : null;
  if (!code || link?.state !== "open") return { state: { error: "neutral", code: typed } };
  // Signed, so the form behind a code cannot be reached by writing the cookie by hand.
  (await cookies()).set(CODE_COOKIE, signValue(code), { httpOnly: true, sameSite: "lax", path: "/r", maxAge: 2 * 3600 });
  return { redirect: "/r/form" };
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

/** Where the form lives, to come back to it with the messages after a plain POST. */
export function formPath(form: FormData): string {
  const source = form.get("source");
  const token = form.get("token");
  if (source === "link" && typeof token === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(token)) return `/r/${token}`;
  if (source === "handover") return "/handover";
  return source === "code" ? "/r/form" : "/r";
}

export async function handleRatingForm(prev: RatingFormState, form: FormData): Promise<Outcome<RatingFormState>> {
  const attempt = (prev.attempt ?? 0) + 1;
  const source = String(form.get("source") ?? "");
  const values = Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$"))) as Record<string, string>;
  const ref = await refFor(source, form);
  if (!ref) return { state: { status: "error", code: "not_found", attempt } };
  const locale = await getLocale();
  try {
    await submitRating(ref, ratingFormToRaw(form), { locale: isLocale(locale) ? locale : "nb", ip: await clientAddress() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { state: { status: "error", code: error.code, fieldErrors: error.fieldErrors, values, attempt } };
  }
  const store = await cookies();
  if (source === "handover") {
    store.delete(HANDOVER_COOKIE);
    return { redirect: "/locked?done=1" };
  }
  if (source === "code") store.delete({ name: CODE_COOKIE, path: "/r" });
  return { redirect: "/r/thanks" };
}

// A plain POST's result goes back to the page in a short-lived cookie (never the URL: it holds the
// patient's answers), which the page reads as the form's starting state.
export const FLASH_COOKIE = "bordin-rating-flash";

export function flashValue(path: string, state: unknown): string {
  return JSON.stringify({ path, state });
}

/** The state a plain POST left for the page at `path` (a flash for another page is ignored). */
export async function readFlash<S>(path: string): Promise<S | undefined> {
  const raw = (await cookies()).get(FLASH_COOKIE)?.value;
  if (!raw) return undefined;
  try {
    const flash = JSON.parse(raw) as { path?: string; state?: S };
    return flash.path === path ? flash.state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A 303 to a path on this site. The Location stays relative: behind `next start` the request URL
 * may name another host (localhost for 127.0.0.1), whose cookies the browser would not send.
 */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}
