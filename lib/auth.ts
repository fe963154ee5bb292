import { cache } from "react";
import { cookies, headers } from "next/headers";
import type { NextRequest, NextResponse } from "next/server";
import { notFound, redirect } from "next/navigation";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { encode, decode, type JWT } from "next-auth/jwt";
import { hashPassword, verifyPassword } from "@/lib/password";
import { authSecret } from "@/lib/secrets";
import { ROLES, assertRole, type Role, type CurrentUser } from "@/lib/roles";
import { AppError, passwordChangeRequired, unauthenticated } from "@/lib/errors";
import { loginBuckets } from "@/lib/data/login-throttle";
import { activeUserEmail, auditLoginAttempt, findCookieUser, findLoginUser, loginAttemptSucceeded, revokeLogin, startLoginAttempt } from "@/lib/data/sign-in";
import { addressOf } from "@/lib/http/client-address";
import { deviceCookieName, issueDeviceCookie, verifyDeviceCookie, type DeviceCookie } from "@/lib/device-cookie";
import { randomUUID } from "node:crypto";

// The one place that knows who the user is. Sessions are next-auth JWTs in an httpOnly cookie; they
// expire after 30 idle minutes (the proxy slides the expiry on each page visit) and 12 hours after
// login whatever the activity. The user row is re-read on each request, so a deactivated account or
// a removed role takes effect at once.
export const LOGIN_COOKIE = "bordin.session-token";
export const IDLE_SECONDS = 30 * 60;
export const ABSOLUTE_SECONDS = 12 * 60 * 60;
const secureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
const cookieOptions = { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies };

// Verifying against a fixed hash when the email is unknown keeps the response time the same, so
// timing does not reveal which emails have accounts.
const DUMMY_HASH = hashPassword("not-a-real-password");

/** Where the device cookies live: the request's cookie store (`await cookies()`), or a test's. */
export type DeviceJar = { get(name: string): { value: string } | undefined; set(name: string, value: string, options: DeviceCookie["options"]): unknown };
export type SignInResult = CurrentUser | "invalid" | { retryAt: Date };

/**
 * The one sign-in check, used by the login form, the tablet's unlock and next-auth's credentials
 * endpoint: throttled per account and per address, or per device for a browser whose device cookie
 * shows it logged in to this account before (lib/data/login-throttle.ts); audited either way.
 */
export async function signInWithPassword(email: string, password: string, ip: string, devices?: DeviceJar, now = new Date()): Promise<SignInResult> {
  const login = email.trim().toLowerCase();
  const row = await findLoginUser(login);
  const deviceId = row ? verifyDeviceCookie(row.id, devices?.get(deviceCookieName(row.id))?.value) : null;
  const buckets = loginBuckets(login, ip, deviceId);
  const refused = await startLoginAttempt(buckets, now);
  if (refused) return refused;
  const ok = await verifyPassword(row?.passwordHash ?? (await DUMMY_HASH), password);
  const user = row && ok && row.active ? toCurrentUser(row) : null;
  if (user) {
    await loginAttemptSucceeded(buckets);
    const cookie = issueDeviceCookie(user.id, secureCookies);
    devices?.set(cookie.name, cookie.value, cookie.options);
  }
  await auditLoginAttempt(user, ip);
  return user ?? "invalid";
}

type UserRow = { id: string; clinicId: string; email: string; name: string; locale: string | null; roles: { role: string }[] };
function toCurrentUser(row: UserRow): CurrentUser {
  const roles = row.roles.map((r) => r.role).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return { id: row.id, clinicId: row.clinicId, email: row.email, name: row.name, locale: row.locale, roles };
}

// The token names the user, the clinic and the roles at login; the server still re-reads the user
// row on every request and trusts that, not the roles here. `sid` names this login, so logout can
// revoke it; `loginAt` bounds it to 12 hours whatever the activity.
const claims = (user: CurrentUser, loginAt: number): JWT => ({ sub: user.id, clinicId: user.clinicId, roles: user.roles, loginAt, sid: randomUUID() });
type LiveToken = JWT & { sub: string; loginAt: number; sid: string; clinicId: string; roles?: Role[]; locked?: boolean };

export function isLive(token: JWT | null, nowSeconds = Date.now() / 1000): token is LiveToken {
  const loginAt = Number(token?.loginAt);
  return !!token?.sub && typeof token.sid === "string" && Number.isFinite(loginAt) && nowSeconds - loginAt < ABSOLUTE_SECONDS;
}

async function readToken(raw: string | undefined): Promise<LiveToken | null> {
  const token = raw ? await decode({ token: raw, secret: authSecret() }).catch(() => null) : null;
  return isLive(token) ? token : null;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: IDLE_SECONDS },
  jwt: { maxAge: IDLE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  // NEXTAUTH_URL is optional here (the login form does not use next-auth's redirects): drop that warning.
  logger: { warn: (code) => code !== "NEXTAUTH_URL" && console.warn(`[next-auth] ${code}`), error: (code) => console.error(`[next-auth] ${code}`), debug: () => {} },
  cookies: { sessionToken: { name: LOGIN_COOKIE, options: cookieOptions } },
  providers: [
    CredentialsProvider({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const ip = addressOf(new Headers((req?.headers ?? {}) as Record<string, string>));
        const result = await signInWithPassword(credentials?.email ?? "", credentials?.password ?? "", ip, await cookies());
        return typeof result === "string" || "retryAt" in result ? null : result;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return claims(user as unknown as CurrentUser, Math.floor(Date.now() / 1000));
      return token;
    },
  },
};

/** Signs the user in from our own login form (a server action), setting the same cookie next-auth would. */
export async function startLogin(user: CurrentUser): Promise<void> {
  const token = await encode({ token: claims(user, Math.floor(Date.now() / 1000)), secret: authSecret(), maxAge: IDLE_SECONDS });
  (await cookies()).set(LOGIN_COOKIE, token, { ...cookieOptions, maxAge: IDLE_SECONDS });
}

export async function endLogin(): Promise<void> {
  const store = await cookies();
  const token = await readToken(store.get(LOGIN_COOKIE)?.value);
  if (token) {
    const expiresAt = new Date((token.loginAt + ABSOLUTE_SECONDS) * 1000);
    await revokeLogin(token.sid, expiresAt);
  }
  store.delete(LOGIN_COOKIE);
}

/**
 * For proxy.ts: whether the request carries a live session, and if so a response hook that slides
 * the idle expiry forward by re-issuing the cookie.
 */
export async function slideLogin(req: NextRequest): Promise<((res: NextResponse) => Promise<NextResponse>) | null> {
  const token = await readToken(req.cookies.get(LOGIN_COOKIE)?.value);
  if (!token) return null;
  return async (res) => {
    res.cookies.set(LOGIN_COOKIE, await reissue(token), { ...cookieOptions, maxAge: IDLE_SECONDS });
    return res;
  };
}

async function reissue(token: LiveToken, changes: Partial<LiveToken> = {}): Promise<string> {
  const { sub, clinicId, roles, loginAt, sid, locked } = { ...token, ...changes };
  return encode({ token: { sub, clinicId, roles, loginAt, sid, locked: !!locked }, secret: authSecret(), maxAge: IDLE_SECONDS });
}

/**
 * Tablet hand-over: the session stays but is locked, so the device shows nothing of the therapist's
 * until the therapist's password unlocks it (`unlockLogin`). A locked session is no session to
 * every page, action and API route.
 */
export async function lockLogin(): Promise<void> {
  const store = await cookies();
  const token = await readToken(store.get(LOGIN_COOKIE)?.value);
  if (token) store.set(LOGIN_COOKIE, await reissue(token, { locked: true }), { ...cookieOptions, maxAge: IDLE_SECONDS });
}

/** Whether this request carries a live but locked session (for the lock screen). */
export async function isLoginLocked(): Promise<boolean> {
  const token = await readToken((await cookies()).get(LOGIN_COOKIE)?.value);
  return !!token?.locked;
}

/** Unlocks a locked session with the password of the user who owns it (throttled like a login, audited). */
export async function unlockLogin(password: string): Promise<"unlocked" | "invalid" | { retryAt: Date } | "no-session"> {
  const store = await cookies();
  const token = await readToken(store.get(LOGIN_COOKIE)?.value);
  if (!token?.locked) return "no-session";
  const email = await activeUserEmail(token.sub, token.clinicId);
  if (!email) return "no-session";
  const result = await signInWithPassword(email, password, await clientAddress(), store);
  if (typeof result === "string" || "retryAt" in result) return result;
  store.set(LOGIN_COOKIE, await reissue(token, { locked: false }), { ...cookieOptions, maxAge: IDLE_SECONDS });
  return "unlocked";
}

/** A signed-in user, and whether they must still replace a one-time password. */
export type LoginUser = CurrentUser & { mustChangePassword: boolean };
/** Where a user replaces a one-time password (their account page). */
export const PASSWORD_CHANGE_PATH = "/account";
/** `beforePasswordChange`: also for a user who must still replace a one-time password (only that page and its action). */
export type RequireOptions = { beforePasswordChange?: boolean };

/** Whether a login began before the user's logins were ended (a password change or reset). */
export function loginEnded(loginAt: number, loginsValidFrom: Date | null): boolean {
  return !!loginsValidFrom && loginAt < Math.floor(loginsValidFrom.getTime() / 1000);
}

/**
 * Whoever this request's login belongs to, including a user who must still replace a one-time
 * password. Only for what such a user may do (logout, the language, their account page): anything
 * else asks getCurrentUser, requireUser or requirePageUser, which refuse them. Memoised per request.
 */
export const getLoginUser = cache(async (): Promise<LoginUser | null> => loginUserFromCookie((await cookies()).get(LOGIN_COOKIE)?.value, await clientAddress()));

/**
 * The user a login cookie names: a live, unlocked token of a login that was not logged out or
 * ended since (loginsValidFrom), for an active user. getLoginUser applies it to the request's cookie.
 */
export async function loginUserFromCookie(raw: string | undefined, ip: string): Promise<LoginUser | null> {
  const token = await readToken(raw);
  if (!token || token.locked) return null;
  const row = await findCookieUser(token.sub, token.clinicId, token.sid);
  if (!row || loginEnded(token.loginAt, row.loginsValidFrom)) return null;
  return { ...toCurrentUser(row), ip, mustChangePassword: row.mustChangePassword };
}

/** The signed-in user, or null: null too while they must replace a one-time password. Memoised per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const user = await getLoginUser();
  return user && !user.mustChangePassword ? user : null;
});

/**
 * The signed-in user with at least one of `roles` (any role when none given); throws 401, or 403
 * for a missing role or a one-time password not yet replaced.
 */
export async function requireUser(roles?: readonly Role[], options: RequireOptions = {}): Promise<LoginUser> {
  return admitUser(await getLoginUser(), roles, options);
}

/** requireUser's rule, given the request's login user: 401, 403 for a one-time password or a missing role. */
export function admitUser(user: LoginUser | null, roles?: readonly Role[], options: RequireOptions = {}): LoginUser {
  if (!user) throw unauthenticated();
  if (user.mustChangePassword && !options.beforePasswordChange) throw passwordChangeRequired();
  assertRole(user, roles);
  return user;
}

/**
 * For pages: the signed-in user with one of `roles`, else off to the login page (or a 404); a user
 * who must replace a one-time password goes to the page where they do.
 */
export async function requirePageUser(roles?: readonly Role[], options: RequireOptions = {}): Promise<LoginUser> {
  const user = await getLoginUser();
  if (!user) redirect((await isLoginLocked()) ? "/locked" : "/login");
  if (user.mustChangePassword && !options.beforePasswordChange) redirect(PASSWORD_CHANGE_PATH);
  try {
    assertRole(user, roles);
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") notFound();
    throw error;
  }
  return user;
}

/** The client's address as the server saw it (lib/http/client-address.ts), for audit and rate limits. */
export async function clientAddress(): Promise<string> {
  return addressOf(await headers());
}

/** The same, from a request's headers (route handlers called outside Next's request scope in tests). */
export { addressOf };
