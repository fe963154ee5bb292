import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "./locale";
import { messagesFor } from "./messages";

// next-intl without locale routing: the language lives in a cookie and the user's setting, not the
// URL, so links (and rating-link tokens) stay the same in both languages.
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: messagesFor(locale), timeZone: "Europe/Oslo" };
});
