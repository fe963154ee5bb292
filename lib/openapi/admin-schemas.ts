import { z } from "zod";
import { EngineParamsSchema } from "@/lib/alliance";

// Response shapes of the clinic settings and audit log routes, for the OpenAPI document only (the
// request body is lib/validation/clinic-settings.ts; the query, lib/validation/audit-log.ts).
const localized = z.object({ nb: z.string(), en: z.string() });
const effectiveParams = EngineParamsSchema.required({ cutoff: true, drop: true, k: true, sdFloor: true, baselineMin: true, preRuptureSessions: true, tolerance: true, window: true, rciCritical: true, rules: true }).meta({
  description: "The parameters the engine uses now: the overrides on the defaults, with the instrument's norms.",
});

const settings = z.object({
  name: z.string(),
  defaultLocale: z.enum(["nb", "en"]),
  ratingLinkHours: z.int(),
  instrument: z.string().meta({ description: "Id of the instrument in use." }),
  engineParams: EngineParamsSchema.meta({ description: "The clinic's overrides of the engine's defaults ({} = all defaults)." }),
  effectiveEngineParams: effectiveParams,
});

export const clinicSettingsResponse = settings.extend({
  instruments: z.array(
    z.object({
      id: z.string(),
      name: localized,
      licensed: z.boolean(),
      source: z.string().nullable(),
      norms: z.object({ sd: z.number(), r: z.number() }).nullable(),
      available: z.boolean().meta({ description: "False when item wording is missing in nb or en: such an instrument cannot be chosen." }),
      clinicSupplied: z.boolean(),
      items: z.array(z.object({ id: z.string(), subscale: z.enum(["bond", "goals", "tasks"]), text: localized, min: z.int(), max: z.int(), reverse: z.boolean() })),
    }),
  ),
});

const count = z.int().min(0);
export const clinicSettingsUpdateResponse = settings.extend({
  changed: z.array(z.string()).meta({ description: "The settings that changed, e.g. engineParams.cutoff (nothing changed: [], and nothing is written)." }),
  ruptures: z.object({ added: count, removed: count, statusChanged: count, detailsChanged: count, total: count }).meta({ description: "What recomputing the clinic's ruptures changed (all 0 when neither the instrument nor a threshold changed). Clinicians' reviews are kept." }),
});

export const auditEventsResponse = z.object({
  page: z.int(),
  pages: z.int(),
  pageSize: z.int(),
  total: z.int(),
  events: z.array(
    z.object({
      id: z.string(),
      at: z.iso.datetime(),
      userId: z.string().nullable(),
      userName: z.string().nullable(),
      actor: z.enum(["user", "rating-link", "system"]),
      action: z.string().meta({ example: "episode.read" }),
      entity: z.string().meta({ example: "TreatmentEpisode" }),
      entityId: z.string().nullable(),
      ip: z.string().nullable(),
      detail: z.record(z.string(), z.unknown()).nullable().meta({ description: "Ids a list read showed, the keys a settings change changed, or the filters of an audit read." }),
    }),
  ),
});
