export const LOCALES = ["nb", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "nb";
export const LOCALE_COOKIE = "bordin-locale";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** First supported language in an Accept-Language header ("no"/"nn" read as bokmål). */
export function localeFromAcceptLanguage(header: string | null): AppLocale | null {
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

/** An explicit switch (cookie) wins, then the user's setting, then the browser, then bokmål. */
export function resolveLocale(input: { cookie?: string | null; user?: string | null; acceptLanguage?: string | null }): AppLocale {
  if (isLocale(input.cookie)) return input.cookie;
  if (isLocale(input.user)) return input.user;
  return localeFromAcceptLanguage(input.acceptLanguage ?? null) ?? DEFAULT_LOCALE;
}
