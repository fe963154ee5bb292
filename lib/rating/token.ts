import { randomBytes, randomInt } from "node:crypto";
import { hmac, signValue as sign, verifySigned as verify } from "@/lib/signing";

// Rating-link secrets. The token (256 random bits, base64url) is what links and QR codes carry; the
// short code is for typing at /r. Only keyed hashes of them are stored (HMAC-SHA256 with the server
// secret): 25^8 codes is few enough for one GPU to search a plain SHA-256 offline in minutes, but
// without the secret a leaked database yields no working code or link.

/** No 0/O, 1/I/L, 5/S, 2/Z, 8/B: letters and digits a patient cannot confuse when typing. */
export const CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
export const CODE_LENGTH = 8;

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function newCode(): string {
  let code = "";
  // randomInt is uniform (rejection sampling), so every code is equally likely.
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A form's idempotency key: rendered into the rating form, so a double-tapped Send is one rating. */
export const newFormKey = newToken;

/**
 * The stored form of a link's token or code, or of a form's idempotency key. The kind is part of
 * what is hashed, so a hash of one kind never matches another (nor a cookie signature below).
 * Changing the server secret therefore retires every open link.
 */
export function keyedHash(kind: "token" | "code" | "idempotency-key", value: string): string {
  return hmac(`bordin-${kind}:${value}`).toString("hex");
}

/** An idempotency key as a client sent it (header or form field): visible ASCII, or none. */
export function idempotencyKeyOf(value: unknown): string | null {
  return typeof value === "string" && /^[\x21-\x7e]{1,255}$/.test(value) ? value : null;
}

/** A typed code in canonical form (upper case, spaces and dashes dropped), or null if it cannot be one. */
export function normalizeCode(input: string): string | null {
  const code = input.replace(/[\s\-–—_.]/g, "").toUpperCase();
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** "ABCDEFGH" → "ABCD-EFGH", easier to read out and type. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

// A value in a cookie the client could edit (e.g. the code a patient typed): signed, so the form
// behind a code cannot be reached by forging the cookie instead of passing the rate-limited entry.
export const signValue = (value: string): string => sign("bordin-rating", value);
export const verifySigned = (signed: string | undefined): string | null => verify("bordin-rating", signed);

// Cookies of the patient pages. Both are httpOnly, so the token never shows in the address bar or
// history of a handed-over tablet, and a typed code is not needed again after it is accepted.
export const HANDOVER_COOKIE = "bordin-handover";
export const HANDOVER_SESSION_COOKIE = "bordin-handover-session";
export const CODE_COOKIE = "bordin-rating-code";

/** The patient-facing address of a new link. */
export function ratingUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/r/${token}`;
}
