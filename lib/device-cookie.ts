import { randomBytes } from "node:crypto";
import { hmac, signValue, verifySigned } from "@/lib/signing";

// OWASP's "device cookie": a browser that has logged in to an account carries a token bound to that
// account and signed with the server secret. Its login attempts are throttled per device, so the
// failures an attacker piles onto the account elsewhere cannot lock the owner out.
const MAX_AGE_SECONDS = 180 * 24 * 3600;

export type DeviceCookie = { name: string; value: string; options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number } };

/** One cookie per account, so a browser shared by colleagues keeps each one's; the name hides the account. */
export function deviceCookieName(userId: string): string {
  return `bordin-device-${hmac(`device-name:${userId}`).toString("base64url").slice(0, 16)}`;
}

/** A new device cookie for the user, to set after a successful login. */
export function issueDeviceCookie(userId: string, secure: boolean): DeviceCookie {
  const id = randomBytes(16).toString("base64url");
  return { name: deviceCookieName(userId), value: signValue(`device:${userId}`, id), options: { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: MAX_AGE_SECONDS } };
}

/** The device's id when `value` is a cookie this server issued for `userId`, else null. */
export function verifyDeviceCookie(userId: string, value: string | undefined): string | null {
  return verifySigned(`device:${userId}`, value);
}
