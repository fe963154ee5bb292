import type { Locale } from "@/lib/alliance/types";

// The app's one locale type is the engine's (the engine labels its explanations in both languages
// and may import nothing of the app); next-intl is told about it below, so `getLocale()` and
// `useLocale()` return it without a cast.
export type { Locale };
export const LOCALES = ["nb", "en"] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = "nb";
export const LOCALE_COOKIE = "bordin-locale";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** First supported language in an Accept-Language header ("no"/"nn" read as bokmål). */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const tags = header
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const base = tag.split("-")[0];
    if (base === "nb" || base === "no" || base === "nn") return "nb";
    if (base === "en") return "en";
  }
  return null;
}

/**
 * The one order in which a language is chosen, for pages, forms and the REST API alike: a switch
 * made in this browser (cookie; API clients send none), then the user's own setting, then the
 * browser's or client's Accept-Language, then the clinic's default, then bokmål.
 */
export function resolveLocale(input: { cookie?: string | null; user?: string | null; acceptLanguage?: string | null; clinic?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  if (isLocale(input.user)) return input.user;
  const fromHeader = localeFromAcceptLanguage(input.acceptLanguage ?? null);
  if (fromHeader) return fromHeader;
  return isLocale(input.clinic) ? input.clinic : DEFAULT_LOCALE;
}
