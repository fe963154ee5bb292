import type { Locale } from "./config";
import enCommon from "./messages/en/common.json";
import nbCommon from "./messages/nb/common.json";
import enRating from "./messages/en/rating.json";
import nbRating from "./messages/nb/rating.json";
import enWorkspace from "./messages/en/workspace.json";
import nbWorkspace from "./messages/nb/workspace.json";
import enUserAdmin from "./messages/en/user-admin.json";
import nbUserAdmin from "./messages/nb/user-admin.json";
import enAccount from "./messages/en/account.json";
import nbAccount from "./messages/nb/account.json";
import enAdminSettings from "./messages/en/admin-settings.json";
import nbAdminSettings from "./messages/nb/admin-settings.json";
import enSupervision from "./messages/en/supervision.json";
import nbSupervision from "./messages/nb/supervision.json";

// One JSON file per feature and language, so features can add their words without touching others.
// Each file's top-level keys are namespaces (e.g. `rating.form`, `caseload`); keep them distinct.
// Add a feature: create messages/{en,nb}/<feature>.json and list both here.
const messages = {
  en: { ...enCommon, ...enRating, ...enWorkspace, ...enUserAdmin, ...enAccount, ...enAdminSettings, ...enSupervision },
  nb: { ...nbCommon, ...nbRating, ...nbWorkspace, ...nbUserAdmin, ...nbAccount, ...nbAdminSettings, ...nbSupervision },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof messages)["en"];

export function messagesFor(locale: Locale) {
  return messages[locale];
}
