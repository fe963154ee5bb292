import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getLoginUser } from "@/lib/auth";
import { clinicDefaultLocale } from "@/lib/data/users";
import type { CurrentUser } from "@/lib/roles";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, resolveLocale, type Locale } from "./config";

// Where the inputs of resolveLocale come from. The clinic's default is read only when nothing
// before it decides, so most requests make no extra query.
async function clinicFallback(user: CurrentUser | null, acceptLanguage: string | null): Promise<string | null> {
  if (!user || isLocale(user.locale) || localeFromAcceptLanguage(acceptLanguage)) return null;
  return clinicDefaultLocale(user);
}

/** This request's language (pages, next-intl and form actions). Memoised per request. */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  // getLoginUser: a user who must still replace a one-time password reads that page in their language.
  const user = await getLoginUser().catch(() => null);
  const cookie = cookieStore.get(LOCALE_COOKIE)?.value;
  const acceptLanguage = headerStore.get("accept-language");
  if (isLocale(cookie)) return cookie;
  return resolveLocale({ user: user?.locale, acceptLanguage, clinic: await clinicFallback(user, acceptLanguage) });
});

/** The language of a REST answer: the user's setting, else Accept-Language, else the clinic's default. */
export async function apiLocale(user: CurrentUser, req: Request): Promise<Locale> {
  const acceptLanguage = req.headers.get("accept-language");
  return resolveLocale({ user: user.locale, acceptLanguage, clinic: await clinicFallback(user, acceptLanguage) });
}
