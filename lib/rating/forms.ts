import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { clientAddress } from "@/lib/auth";
import { AppError, type AnswerCode } from "@/lib/errors";
import { consumeCodeEntry, openRatingLink, submitRating, type LinkRef } from "@/lib/data/ratings";
import { CODE_COOKIE, HANDOVER_COOKIE, idempotencyKeyOf, looksLikeToken, normalizeCode, signValue, verifySigned } from "@/lib/rating/token";
import { COMMENT_MAX, ratingFormToRaw } from "@/lib/validation/rating";
import { requestLocale } from "@/lib/i18n/locale";
import type { CodeEntryState, RatingFormState } from "@/lib/rating/form-state";

// The patient forms' logic, run by the plain-POST route handlers app/r/code and app/r/submit. The
// patient pages are server-rendered forms with no script of ours, the same with JavaScript on or off
// (and server actions would not do: the pages send Referrer-Policy no-referrer, so a browser's form
// POST carries `Origin: null`, which Next refuses for them). One outcome: a new form state to show,
// or where to go next.
export type Outcome<S> = { state: S } | { redirect: string };

// Code entry: 10 tries per address in 15 minutes, counted in the database so the limit holds across
// app servers. Unknown, used, expired and revoked codes get the same answer.
const CODE_LIMIT = 10;
const CODE_WINDOW_SECONDS = 15 * 60;

export async function handleCodeEntry(form: FormData): Promise<Outcome<CodeEntryState>> {
  const typed = String(form.get("code") ?? "").slice(0, 64);
  // Nothing typed is no attempt at a code: told to type it, and not counted against the address.
  if (!typed.trim()) return { state: { error: "empty" } };
  if (!(await consumeCodeEntry(await clientAddress(), CODE_LIMIT, CODE_WINDOW_SECONDS))) {
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
  // Only a well-formed token goes into the path (and so into the flash cookie): nothing sent is echoed.
  if (source === "link" && typeof token === "string" && looksLikeToken(token)) return `/r/${token}`;
  if (source === "handover") return "/handover";
  return source === "code" ? "/r/form" : "/r";
}

export async function handleRatingForm(prev: RatingFormState, form: FormData): Promise<Outcome<RatingFormState>> {
  const attempt = (prev.attempt ?? 0) + 1;
  const source = String(form.get("source") ?? "");
  const values = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  const ref = await refFor(source, form);
  if (!ref) return { state: { status: "error", code: "not_found", attempt } };
  // The key rendered into this form: a double-tapped Send is recognised as the stored rating's retry.
  const idempotencyKey = idempotencyKeyOf(form.get("idempotencyKey"));
  try {
    await submitRating(ref, ratingFormToRaw(form), { locale: await requestLocale(), ip: await clientAddress(), idempotencyKey });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { state: boundRatingState({ status: "error", code: error.code, fieldErrors: error.fieldErrors, values, attempt }) };
  }
  const store = await cookies();
  if (source === "handover") {
    store.delete(HANDOVER_COOKIE);
    return { redirect: "/locked?done=1" };
  }
  // Kept for the retry window rather than deleted, so a second tap of Send still finds the link.
  const code = store.get(CODE_COOKIE)?.value;
  if (source === "code" && code) store.set(CODE_COOKIE, code, { httpOnly: true, sameSite: "lax", path: "/r", maxAge: 600 });
  return { redirect: "/r/thanks" };
}

// A plain POST's result goes back to the page in a short-lived cookie (never the URL: it holds the
// patient's answers), which the page reads as the form's starting state. Everything in it came from
// the client, so it carries only what the page shows, each part bounded, and stays far below the
// 4 kB a browser keeps.
export const FLASH_COOKIE = "bordin-rating-flash";
const FLASH_MAX = 3500; // bytes of the cookie value, URL-encoded as it is sent
const FIELD = /^(answers(\.[A-Za-z0-9_-]{1,32})?|difficulty|talkedAbout|comment)$/;
// The codes the rating form can meet (typed: a retired or misspelt code fails to compile).
const RATING_CODES: readonly AnswerCode[] = ["invalid", "gone", "not_found", "rate_limited", "internal"];
// The typed answers are kept only where the form is shown again to be fixed or sent later.
const KEEPS_VALUES: readonly AnswerCode[] = ["invalid", "rate_limited"];

const cut = (value: unknown, max: number) => (typeof value === "string" ? Array.from(value).slice(0, max).join("") : undefined);

function knownFields<T>(record: unknown, pick: (value: unknown, field: string) => T | undefined): Record<string, T> {
  const entries = Object.entries(record && typeof record === "object" ? record : {}).filter(([k]) => FIELD.test(k)).slice(0, 32);
  return Object.fromEntries(entries.map(([k, v]) => [k, pick(v, k)]).filter((e): e is [string, T] => e[1] !== undefined));
}

/** A rating form state holding only known fields, each bounded (from a form, or a cookie read back). */
export function boundRatingState(state: Partial<RatingFormState>): RatingFormState {
  // Read back from a cookie the client could have written: only a known code passes.
  const code = RATING_CODES.find((c) => c === state.code);
  const attempt = Number.isSafeInteger(state.attempt) ? Math.min(Math.max(state.attempt!, 0), 10_000) : 0;
  const out: RatingFormState = { status: state.status === "error" ? "error" : "idle", attempt, ...(code ? { code } : {}) };
  // The form shows the first message of each field.
  const first = (v: unknown) => (Array.isArray(v) ? cut(v[0], 200) : undefined);
  if (state.fieldErrors) out.fieldErrors = knownFields(state.fieldErrors, (v) => (first(v) ? [first(v)!] : undefined));
  if (code && KEEPS_VALUES.includes(code) && state.values) out.values = knownFields(state.values, (v, k) => cut(v, k === "comment" ? COMMENT_MAX : 16));
  return out;
}

function boundCodeState(state: CodeEntryState): CodeEntryState {
  return { ...(state.error === "empty" || state.error === "neutral" || state.error === "rateLimited" ? { error: state.error } : {}), ...(cut(state.code, 20) ? { code: cut(state.code, 20) } : {}) };
}

export function flashValue(path: string, state: RatingFormState | CodeEntryState): string {
  if (!("attempt" in state)) return JSON.stringify({ path, state: boundCodeState(state) });
  const bounded = boundRatingState(state);
  const size = () => encodeURIComponent(JSON.stringify({ path, state: bounded })).length;
  // A long comment in a script of many-byte characters can still be too big: shorten it to fit.
  while (size() > FLASH_MAX && bounded.values?.comment) {
    const chars = Array.from(bounded.values.comment);
    bounded.values.comment = chars.slice(0, Math.floor(chars.length * 0.8)).join("");
  }
  if (size() > FLASH_MAX) return JSON.stringify({ path, state: { status: bounded.status, code: bounded.code, attempt: bounded.attempt } });
  return JSON.stringify({ path, state: bounded });
}

/** The state a plain POST left for the page at `path` (a flash for another page is ignored). */
export async function readFlash<S extends RatingFormState | CodeEntryState>(path: string): Promise<S | undefined> {
  const raw = (await cookies()).get(FLASH_COOKIE)?.value;
  if (!raw || raw.length > 8192) return undefined;
  try {
    const flash = JSON.parse(raw) as { path?: unknown; state?: unknown };
    if (flash.path !== path || !flash.state || typeof flash.state !== "object") return undefined;
    const state = flash.state as Partial<RatingFormState> & CodeEntryState;
    return ("attempt" in state ? boundRatingState(state) : boundCodeState(state)) as S;
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
