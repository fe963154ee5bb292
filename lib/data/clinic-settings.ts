import { BRIEF_ALLIANCE_CHECK, EngineParamsSchema, InstrumentSchema, missingItemText, paramsForInstrument, type EngineParams, type Instrument } from "@/lib/alliance";

// Clinic settings are stored as JSON text; a value that no longer parses falls back to the
// documented defaults rather than breaking every page of the clinic.

/** The clinic's instrument; the brief alliance check when none is set or the setting is unusable. */
export function clinicInstrument(clinic: { instrument: string | null }): Instrument {
  if (!clinic.instrument) return BRIEF_ALLIANCE_CHECK;
  try {
    const instrument = InstrumentSchema.parse(JSON.parse(clinic.instrument));
    // A licensed structure whose wording the clinic has not supplied cannot be shown to patients.
    return missingItemText(instrument).length ? BRIEF_ALLIANCE_CHECK : instrument;
  } catch {
    return BRIEF_ALLIANCE_CHECK;
  }
}

/** The engine parameters: the clinic's overrides on the defaults, with the instrument's norms (if any). */
export function clinicEngineParams(clinic: { engineParams: string; instrument: string | null }): EngineParams {
  let overrides = null;
  try {
    overrides = EngineParamsSchema.parse(JSON.parse(clinic.engineParams || "{}"));
  } catch {
    overrides = null;
  }
  return paramsForInstrument(clinicInstrument(clinic), overrides);
}
