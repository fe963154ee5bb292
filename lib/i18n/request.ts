import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUser } from "@/lib/auth";
import { LOCALE_COOKIE, resolveLocale } from "./config";
import { messagesFor } from "./messages";

// next-intl without locale routing: the language lives in a cookie and the user's setting, not the
// URL, so links (and rating-link tokens) stay the same in both languages.
export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const user = await getSessionUser().catch(() => null);
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    user: user?.locale,
    acceptLanguage: headerStore.get("accept-language"),
  });
  return { locale, messages: messagesFor(locale), timeZone: "Europe/Oslo" };
});
