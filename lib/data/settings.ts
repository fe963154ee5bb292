import { db } from "@/lib/db";
import { assertRole, type CurrentUser } from "@/lib/roles";
import { BRIEF_ALLIANCE_CHECK, EngineParamsSchema, InstrumentSchema, SHIPPED_INSTRUMENTS, missingItemText, type EngineParamsOverrides, type Instrument } from "@/lib/alliance";
import { clinicEngineParams, clinicInstrument } from "@/lib/data/clinic-settings";
import { auditUser } from "@/lib/data/audit";
import { recomputeClinicRuptures } from "@/lib/data/rupture-sync";
import { NO_CHANGES, countRuptureChanges, type RuptureChanges } from "@/lib/data/rupture-changes";
import { fieldConflict } from "@/lib/validation/messages";
import { changedParamKeys, type ClinicSettingsUpdate } from "@/lib/validation/clinic-settings";

// The admin's view and change of the clinic's settings (docs/access.md: admin reads and writes
// clinic settings, nothing of patients). Always the admin's own clinic: there is no clinic id to
// pass, so another clinic's settings cannot even be named.
type ClinicRow = { id: string; name: string; defaultLocale: string; ratingLinkHours: number; instrument: string | null; engineParams: string };

export type InstrumentChoice = {
  instrument: Instrument;
  /** Item ids without wording in nb or en: such an instrument cannot be chosen. */
  missingText: string[];
  /** The clinic's own copy (e.g. a licensed instrument with the wording it supplied). */
  clinicSupplied: boolean;
};

/** The instruments a clinic may choose from: those Bordin ships, with the clinic's own copy in place of its namesake. */
export function instrumentChoices(clinic: Pick<ClinicRow, "instrument">): InstrumentChoice[] {
  const own = storedInstrument(clinic.instrument);
  const list = SHIPPED_INSTRUMENTS.map((i) => (own && own.id === i.id ? own : i));
  if (own && !list.includes(own)) list.push(own);
  return list.map((instrument) => ({ instrument, missingText: missingItemText(instrument), clinicSupplied: instrument === own }));
}

function storedInstrument(raw: string | null): Instrument | null {
  if (!raw) return null;
  try {
    return InstrumentSchema.parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** The stored overrides; `null` when they no longer parse (the engine then uses the defaults). */
function storedOverrides(raw: string): EngineParamsOverrides | null {
  try {
    return EngineParamsSchema.parse(JSON.parse(raw || "{}"));
  } catch {
    return null;
  }
}

function settingsView(clinic: ClinicRow) {
  return {
    name: clinic.name,
    defaultLocale: clinic.defaultLocale,
    ratingLinkHours: clinic.ratingLinkHours,
    instrument: clinicInstrument(clinic).id,
    engineParams: storedOverrides(clinic.engineParams) ?? {},
    effectiveEngineParams: clinicEngineParams(clinic),
  };
}
export type ClinicSettingsView = ReturnType<typeof settingsView>;

export async function getClinicSettings(user: CurrentUser) {
  assertRole(user, "ADMIN");
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: user.clinicId } });
  return { ...settingsView(clinic), instruments: instrumentChoices(clinic) };
}

export type SettingsUpdateResult = { settings: ClinicSettingsView; changed: string[]; ruptures: RuptureChanges };

/**
 * Saves what differs and, when the instrument or the thresholds changed, recomputes every treatment
 * episode of the clinic in the same transaction, so the settings and the ruptures they produce never
 * disagree (and a failure saves nothing). Clinicians' reviews stay: rows are keyed by onset and the
 * recomputation writes only the engine's columns (lib/data/rupture-sync.ts). One audit event names
 * the changed keys (never their values: a clinic name is not needed to follow the trail).
 */
export async function updateClinicSettings(user: CurrentUser, input: ClinicSettingsUpdate, now = new Date()): Promise<SettingsUpdateResult> {
  assertRole(user, "ADMIN");
  return db.$transaction(
    async (tx) => {
      const clinic = await tx.clinic.findUniqueOrThrow({ where: { id: user.clinicId } });
      const data: Partial<ClinicRow> = {};
      const changed: string[] = [];
      const set = <K extends keyof ClinicRow>(key: K, value: ClinicRow[K], ...names: string[]) => {
        data[key] = value;
        changed.push(...(names.length ? names : [key]));
      };
      if (input.name !== undefined && input.name !== clinic.name) set("name", input.name);
      if (input.defaultLocale !== undefined && input.defaultLocale !== clinic.defaultLocale) set("defaultLocale", input.defaultLocale);
      if (input.ratingLinkHours !== undefined && input.ratingLinkHours !== clinic.ratingLinkHours) set("ratingLinkHours", input.ratingLinkHours);
      if (input.instrument !== undefined) {
        const choice = instrumentChoices(clinic).find((c) => c.instrument.id === input.instrument);
        if (!choice) throw fieldConflict("instrument", "instrumentUnknown");
        if (choice.missingText.length) throw fieldConflict("instrument", "instrumentMissingText");
        // The default instrument is stored as "none set", so the clinic follows Bordin's own check.
        const stored = choice.clinicSupplied ? clinic.instrument : choice.instrument.id === BRIEF_ALLIANCE_CHECK.id ? null : JSON.stringify(choice.instrument);
        if (stored !== clinic.instrument) set("instrument", stored);
      }
      if (input.engineParams !== undefined) {
        const before = storedOverrides(clinic.engineParams);
        // Overrides that no longer parse are replaced whatever was sent.
        const keys = before ? changedParamKeys(before, input.engineParams) : ["*"];
        if (keys.length) set("engineParams", JSON.stringify(input.engineParams), ...keys.map((k) => `engineParams.${k}`));
      }
      if (!changed.length) return { settings: settingsView(clinic), changed, ruptures: NO_CHANGES };
      const updated = await tx.clinic.update({ where: { id: clinic.id }, data });
      const recompute = changed.some((k) => k === "instrument" || k.startsWith("engineParams."));
      const ruptures = recompute ? await recomputeClinicRuptures(tx, clinic.id, now).then(({ before, after }) => countRuptureChanges(before, after)) : NO_CHANGES;
      await auditUser(tx, user, { action: "clinic.settings.update", entity: "Clinic", entityId: clinic.id, detail: { changed, ruptures } });
      return { settings: settingsView(updated), changed, ruptures };
    },
    // A large clinic has thousands of episodes to recompute (docs/benchmarks.md: about N s for
    // 1,000 episodes); the default 5 s is meant for a single record's write.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** The settings as GET /api/v1/clinic/settings answers them: with every instrument the clinic may choose, items in both languages. */
export function settingsJson(s: Awaited<ReturnType<typeof getClinicSettings>>) {
  const { instruments, ...settings } = s;
  return {
    ...settings,
    instruments: instruments.map(({ instrument: i, missingText, clinicSupplied }) => ({
      id: i.id,
      name: i.name,
      licensed: i.licensed,
      source: i.source ?? null,
      norms: i.norms ?? null,
      available: missingText.length === 0,
      clinicSupplied,
      items: i.items.map((item) => ({ id: item.id, subscale: item.subscale, text: item.text, min: item.min, max: item.max, reverse: item.reverse })),
    })),
  };
}
