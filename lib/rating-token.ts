import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secrets";

// Rating-link secrets. The token (256 random bits, base64url) is what links and QR codes carry; the
// short code is for typing at /r. Only their SHA-256 hashes are stored: both are high-entropy or
// rate limited, so a fast hash is enough, and a leaked database yields no working link.

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

export function hashSecret(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
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
function signature(value: string): Buffer {
  return createHmac("sha256", authSecret()).update(`bordin-rating:${value}`).digest();
}

export function signValue(value: string): string {
  return `${value}.${signature(value).toString("base64url")}`;
}

export function verifySigned(signed: string | undefined): string | null {
  if (!signed) return null;
  const dot = signed.lastIndexOf(".");
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1), "base64url");
  const expected = signature(value);
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

// Cookies of the patient pages. Both are httpOnly, so the token never shows in the address bar or
// history of a handed-over tablet, and a typed code is not needed again after it is accepted.
export const HANDOVER_COOKIE = "bordin-handover";
export const HANDOVER_SESSION_COOKIE = "bordin-handover-session";
export const CODE_COOKIE = "bordin-rating-code";
