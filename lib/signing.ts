import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secrets";

// The one keyed MAC of the app (HMAC-SHA256 with the server secret), for values a client holds but
// must not be able to forge (a typed code's cookie, a device cookie) and for hashes a leaked database
// must not be able to reverse (rating-link tokens and codes). Every use names its purpose in the
// MAC'd text, so a MAC made for one purpose never verifies for another.
export function hmac(data: string): Buffer {
  return createHmac("sha256", authSecret()).update(data, "utf8").digest();
}

/** `value.signature`, the signature bound to `purpose`. */
export function signValue(purpose: string, value: string): string {
  return `${value}.${hmac(`${purpose}:${value}`).toString("base64url")}`;
}

/** The value inside `signed` when this server signed it for `purpose`, else null. */
export function verifySigned(purpose: string, signed: string | undefined): string | null {
  if (!signed) return null;
  const dot = signed.lastIndexOf(".");
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1), "base64url");
  const expected = hmac(`${purpose}:${value}`);
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}
