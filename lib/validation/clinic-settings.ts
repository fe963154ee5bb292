import { z } from "zod";
import { DEFAULT_PARAMS, EngineParamsSchema, NUMERIC_PARAMS, RULE_NAMES, type EngineParamsOverrides } from "@/lib/alliance";
import { LOCALES } from "@/lib/i18n/config";
import { fieldMessages } from "./zod-locale";

// The clinic's settings as the admin changes them: one PATCH-shaped schema for the settings form
// and PATCH /api/v1/clinic/settings. A field left out keeps its value; `engineParams`, when given,
// is the clinic's whole set of overrides (validated by the engine's own schema), `{}` = all defaults.
export const RATING_LINK_HOURS = { min: 1, max: 336 } as const;

export const clinicSettingsUpdateSchema = z.strictObject({
  name: fieldMessages(z.string().trim().min(1).max(100).optional().meta({ example: "Solbakken DPS" }), { invalid: "clinicName" }),
  defaultLocale: z.enum(LOCALES).optional().meta({ description: "Language for users without their own setting." }),
  ratingLinkHours: z
    .int()
    .min(RATING_LINK_HOURS.min)
    .max(RATING_LINK_HOURS.max)
    .optional()
    .meta({ description: "How long a rating link stays open, in hours (1 to 336, two weeks).", example: 72 }),
  instrument: fieldMessages(z.string().min(1).max(64), { invalid: "instrumentUnknown" }).optional().meta({ description: "Id of the instrument patients answer (see GET: instruments).", example: "brief-alliance-check" }),
  engineParams: EngineParamsSchema.optional().meta({ description: "The clinic's overrides of the engine's defaults, as a whole (docs/rupture-engine.md). {} restores every default." }),
});
export type ClinicSettingsUpdate = z.output<typeof clinicSettingsUpdateSchema>;

/** The settings page posts one section at a time; each sends only its own fields. */
export const SETTINGS_SECTIONS = ["general", "instrument", "engine"] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];
export const NORMS_MODES = ["instrument", "custom", "off"] as const;

/** Form field names of the engine section. */
export const ruleField = (rule: string) => `rule-${rule}`;

/**
 * A settings form's fields (empty ones already dropped, numbers converted: `settingsFormShape`) in
 * the JSON shape of the schema. In the engine section a value equal to the default is left out, so
 * the clinic keeps following the documented default; a rule is sent only when switched off;
 * norms come from the instrument, from the two fields, or are off.
 */
export function settingsFromForm(fields: Record<string, unknown>): Record<string, unknown> {
  switch (fields.section) {
    case "general":
      return pick(fields, ["name", "defaultLocale", "ratingLinkHours"]);
    case "instrument":
      return { instrument: fields.instrument ?? "" };
    case "engine":
      return { engineParams: engineFromForm(fields) };
    default:
      return {};
  }
}

function engineFromForm(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of NUMERIC_PARAMS) {
    if (fields[key] !== undefined && fields[key] !== DEFAULT_PARAMS[key]) out[key] = fields[key];
  }
  if (fields.normsMode === "off") out.norms = null;
  else if (fields.normsMode === "custom") out.norms = { sd: fields.normsSd, r: fields.normsR };
  const off = RULE_NAMES.filter((rule) => fields[ruleField(rule)] === undefined);
  if (off.length) out.rules = Object.fromEntries(off.map((rule) => [rule, false]));
  return out;
}

function pick(fields: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => fields[k] !== undefined).map((k) => [k, fields[k]]));
}

/** Which numeric fields the settings form converts (lib/validation/form-input.ts). */
export const settingsFormShape = { numbers: ["ratingLinkHours", ...NUMERIC_PARAMS, "normsSd", "normsR"] } as const;

/** The keys of the overrides that differ between two sets (for the audit trail's `changed`). */
export function changedParamKeys(before: EngineParamsOverrides, after: EngineParamsOverrides): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof EngineParamsOverrides>;
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
