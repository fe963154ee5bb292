import { z } from "zod";
import type { Locale } from "@/lib/i18n/config";

// zod's own message catalogues, chosen per request: the Norwegian one for bokmål users.
const maps = { en: z.locales.en().localeError, nb: z.locales.no().localeError };

export function zodLocaleError(locale: Locale) {
  return maps[locale];
}
