import { apiMutation, apiRead } from "@/lib/http/api";
import { getClinicSettings, settingsJson } from "@/lib/data/settings";
import { updateClinicSettingsMutation } from "@/lib/mutations/clinic-settings";

export const GET = apiRead(["ADMIN"], async (user) => settingsJson(await getClinicSettings(user)), { hideFromOtherRoles: true });

/** The same mutation as the settings page's forms; the answer says what changed and what the recomputation did. */
export const PATCH = apiMutation(updateClinicSettingsMutation, { present: (r) => ({ ...r.settings, changed: r.changed, ruptures: r.ruptures }) });
