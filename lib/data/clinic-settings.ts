import { DEFAULT_PARAMS, EngineParamsSchema, type EngineParams } from "@/lib/alliance";

// Clinic settings are stored as JSON text; a value that no longer parses falls back to the
// documented defaults rather than breaking every page of the clinic.
export function clinicEngineParams(clinic: { engineParams: string }): EngineParams {
  try {
    const overrides = EngineParamsSchema.parse(JSON.parse(clinic.engineParams || "{}"));
    return { ...DEFAULT_PARAMS, ...overrides, rules: { ...DEFAULT_PARAMS.rules, ...(overrides.rules ?? {}) } } as EngineParams;
  } catch {
    return { ...DEFAULT_PARAMS };
  }
}
