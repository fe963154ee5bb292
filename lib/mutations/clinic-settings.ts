import { updateClinicSettings } from "@/lib/data/settings";
import { defineMutation } from "@/lib/mutation";
import { clinicSettingsUpdateSchema, settingsFormShape, settingsFromForm } from "@/lib/validation/clinic-settings";

/** The admin changes the clinic's settings; new thresholds or a new instrument recompute its ruptures. */
export const updateClinicSettingsMutation = defineMutation({
  roles: ["ADMIN"],
  // Other roles get the 404 a missing route gets: the admin area is not revealed.
  hideFromOtherRoles: true,
  schema: clinicSettingsUpdateSchema,
  form: settingsFormShape,
  fromForm: settingsFromForm,
  run: (user, input) => updateClinicSettings(user, input),
  // Ruptures feed the caseload, the timelines and the supervision figures.
  revalidate: () => ["/admin/settings", "/caseload", "/supervision"],
});
