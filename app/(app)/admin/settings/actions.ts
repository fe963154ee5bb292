"use server";
import { formAction } from "@/lib/mutation";
import { updateClinicSettingsMutation } from "@/lib/mutations/clinic-settings";
import { savedQuery } from "@/lib/validation/settings-notice";

/** Each section of the settings page posts here; back to the page with what the save did. */
export const updateSettingsAction = formAction(updateClinicSettingsMutation, { redirectTo: (r) => `/admin/settings?${savedQuery(r)}` });
