import type { AppLocale } from "./config";
import enCommon from "./messages/en/common.json";
import nbCommon from "./messages/nb/common.json";

// One JSON file per feature and language, so features can add their words without touching others.
// Add a feature: create messages/{en,nb}/<feature>.json and list both here.
const messages = {
  en: { ...enCommon },
  nb: { ...nbCommon },
} satisfies Record<AppLocale, Record<string, unknown>>;

export type Messages = (typeof messages)["en"];

export function messagesFor(locale: AppLocale) {
  return messages[locale];
}
