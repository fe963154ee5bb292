import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { AppError } from "@/lib/errors";
import { applyMutation } from "@/lib/mutation";
import { getClinicSettings, updateClinicSettings } from "@/lib/data/settings";
import { recomputeClinicRuptures, recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { clinicEngineParams } from "@/lib/data/clinic-settings";
import { updateClinicSettingsMutation } from "@/lib/mutations/clinic-settings";
import { formFields } from "@/lib/validation/form-input";
import { WAI_SR_STRUCTURE, withItemText } from "@/lib/alliance";
import { createEpisode, createPatient, createRating, createSession } from "@/prisma/factories";
import { makeUser, twoClinics } from "@/tests/support/world";

const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
const NOW = new Date("2026-03-01T12:00:00Z");
const status = (e: unknown) => (e instanceof AppError ? e.status : 0);
// The mutation path without Next's cache (there is no page to revalidate in a test).
const def = { ...updateClinicSettingsMutation, revalidate: undefined };

/** An episode rated 90, 90, 90, then `low`, then 90: a drop at session 4 that the defaults flag. */
async function dipEpisode(clinicId: string, therapistId: string, low: number) {
  const patient = await createPatient(db, { clinicId, therapistId });
  const episode = await createEpisode(db, { clinicId, patientId: patient.id, therapistId, startDate: new Date("2026-01-05") });
  for (const [i, total] of [90, 90, 90, low, 90].entries()) {
    const s = await createSession(db, { clinicId, episodeId: episode.id, number: i + 1, date: new Date(`2026-01-${10 + i}`) });
    const v = total / 10;
    await createRating(db, { clinicId, sessionId: s.id, answers: { bond: v, goals: v, tasks: v } });
  }
  await recomputeEpisodeRuptures(db, episode.id, NOW);
  return episode;
}

beforeAll(async () => {
  w = await twoClinics(db);
});

describe("clinic settings", () => {
  it("shows the shipped instruments; a licensed one without its wording cannot be chosen", async () => {
    const s = await getClinicSettings(w.adminA);
    expect(s.instrument).toBe("brief-alliance-check");
    expect(s.instruments.map((c) => [c.instrument.id, c.missingText.length > 0])).toEqual([["brief-alliance-check", false], ["wai-sr", true]]);
    const refused = await updateClinicSettings(w.adminA, { instrument: "wai-sr" }).catch((e: unknown) => e);
    expect(status(refused)).toBe(409);
    expect((refused as AppError).fieldErrors).toHaveProperty("instrument");
    expect(status(await updateClinicSettings(w.adminA, { instrument: "no-such" }).catch((e: unknown) => e))).toBe(409);
  });

  it("a clinic's own licensed wording makes the instrument choosable", async () => {
    const clinic = await db.clinic.create({ data: { name: "Licensed", instrument: JSON.stringify(withItemText(WAI_SR_STRUCTURE, Object.fromEntries(WAI_SR_STRUCTURE.items.map((i) => [i.id, { nb: `P ${i.id}`, en: `S ${i.id}` }])))) } });
    const admin = await makeUser(db, clinic.id, ["ADMIN"]);
    const s = await getClinicSettings(admin);
    expect(s.instrument).toBe("wai-sr");
    expect(s.instruments.find((c) => c.instrument.id === "wai-sr")).toMatchObject({ clinicSupplied: true, missingText: [] });
    await updateClinicSettings(admin, { instrument: "brief-alliance-check" });
    expect((await db.clinic.findUniqueOrThrow({ where: { id: clinic.id } })).instrument).toBeNull();
  });

  it("validates thresholds with the engine's schema: a bad one is a field error and nothing is saved", async () => {
    const before = await db.clinic.findUniqueOrThrow({ where: { id: w.clinicA.id } });
    const events = await db.auditEvent.count({ where: { clinicId: w.clinicA.id } });
    for (const engineParams of [{ cutoff: 120 }, { window: 0 }, { cutof: 70 }, { norms: { sd: 12, r: 1 } }]) {
      const error = await applyMutation(def, w.adminA, { name: "Renamed", engineParams }, "en").catch((e: unknown) => e);
      expect(status(error), JSON.stringify(engineParams)).toBe(422);
      expect(Object.keys((error as AppError).fieldErrors ?? {}).some((k) => k.startsWith("engineParams")), JSON.stringify((error as AppError).fieldErrors)).toBe(true);
    }
    // The form's own route to the same schema, in bokmål.
    const fields = formFields({ section: "engine", normsMode: "instrument", cutoff: "180" }, def.form);
    const formError = (await applyMutation(def, w.adminA, def.fromForm!(fields), "nb").catch((e: unknown) => e)) as AppError;
    expect(formError.fieldErrors?.["engineParams.cutoff"]?.[0]).toMatch(/100/);
    expect(await db.clinic.findUniqueOrThrow({ where: { id: w.clinicA.id } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { clinicId: w.clinicA.id } })).toBe(events);
  });

  it("saving thresholds recomputes the clinic's ruptures, keeps reviews and says how many changed", async () => {
    const clinic = await db.clinic.create({ data: { name: "Recompute" } });
    const admin = await makeUser(db, clinic.id, ["ADMIN"]);
    const therapist = await makeUser(db, clinic.id, ["THERAPIST"]);
    const small = await dipEpisode(clinic.id, therapist.id, 78); // a 12-point drop, below the cutoff
    const large = await dipEpisode(clinic.id, therapist.id, 60);
    const other = await dipEpisode(w.clinicB.id, w.therapistB.id, 78);
    const reviewed = await db.rupture.update({ where: { episodeId_onset: { episodeId: small.id, onset: 4 } }, data: { review: "confirmed", reviewNote: "Talked it through", reviewedById: therapist.id, reviewedAt: NOW } });
    expect(await db.rupture.count({ where: { clinicId: clinic.id, current: true } })).toBe(2);

    // Stricter: a drop must be 15 points and a low score below 70; only the large dip stays.
    const stricter = await applyMutation(def, admin, { engineParams: { drop: 15, cutoff: 70, k: 5 } }, "en");
    expect(stricter.changed).toEqual(["engineParams.cutoff", "engineParams.drop", "engineParams.k"]);
    expect(stricter.ruptures).toMatchObject({ removed: 1, added: 0, total: stricter.ruptures.removed + stricter.ruptures.statusChanged + stricter.ruptures.detailsChanged });
    expect(await db.rupture.findUniqueOrThrow({ where: { id: reviewed.id } })).toMatchObject({ current: false, review: "confirmed", reviewNote: "Talked it through", reviewedById: therapist.id });
    expect(await db.rupture.count({ where: { episodeId: large.id, current: true } })).toBe(1);
    expect(clinicEngineParams(await db.clinic.findUniqueOrThrow({ where: { id: clinic.id } }))).toMatchObject({ drop: 15, cutoff: 70, k: 5, window: 5 });

    // Back to the defaults: the flag returns with the clinician's review intact.
    const back = await applyMutation(def, admin, { engineParams: {} }, "en");
    expect(back.ruptures).toMatchObject({ added: 1, removed: 0 });
    expect(await db.rupture.findUniqueOrThrow({ where: { id: reviewed.id } })).toMatchObject({ current: true, review: "confirmed", reviewNote: "Talked it through" });

    // Another clinic's ruptures are not touched.
    expect(await db.rupture.count({ where: { episodeId: other.id, current: true } })).toBe(1);
    const events = await db.auditEvent.findMany({ where: { clinicId: clinic.id, action: "clinic.settings.update" }, orderBy: { at: "asc" } });
    expect(events.map((e) => JSON.parse(e.detail!).changed)).toEqual([["engineParams.cutoff", "engineParams.drop", "engineParams.k"], ["engineParams.cutoff", "engineParams.drop", "engineParams.k"]]);
    expect(events.every((e) => e.userId === admin.id && e.entity === "Clinic" && e.entityId === clinic.id)).toBe(true);
  });

  it("saves name, language and link lifetime without recomputing; an unchanged save writes nothing", async () => {
    const clinic = await db.clinic.create({ data: { name: "Plain" } });
    const admin = await makeUser(db, clinic.id, ["ADMIN"]);
    const first = await applyMutation(def, admin, { name: " Solbakken ", defaultLocale: "en", ratingLinkHours: 48 }, "en");
    expect(first).toMatchObject({ changed: ["name", "defaultLocale", "ratingLinkHours"], ruptures: { total: 0 }, settings: { name: "Solbakken", defaultLocale: "en", ratingLinkHours: 48 } });
    const again = await applyMutation(def, admin, { name: "Solbakken", ratingLinkHours: 48 }, "en");
    expect(again.changed).toEqual([]);
    expect(await db.auditEvent.count({ where: { clinicId: clinic.id, action: "clinic.settings.update" } })).toBe(1);
    for (const bad of [{ ratingLinkHours: 0 }, { ratingLinkHours: 337 }, { ratingLinkHours: 1.5 }, { name: "" }, { defaultLocale: "de" }, { clinicId: w.clinicB.id }]) {
      expect(status(await applyMutation(def, admin, bad, "en").catch((e: unknown) => e)), JSON.stringify(bad)).toBe(422);
    }
  });

  it("is the admin's alone, and only ever their own clinic's", async () => {
    for (const user of [w.therapistA, w.supervisorA, w.therapistB]) {
      expect(status(await getClinicSettings(user).catch((e: unknown) => e))).toBe(403);
      expect(status(await applyMutation(def, user, { name: "Taken over" }, "en").catch((e: unknown) => e))).toBe(404);
    }
    const adminB = await makeUser(db, w.clinicB.id, ["ADMIN"]);
    await applyMutation(def, adminB, { name: "Clinic B renamed" }, "en");
    expect((await db.clinic.findUniqueOrThrow({ where: { id: w.clinicA.id } })).name).toBe(w.clinicA.name);
    expect((await getClinicSettings(adminB)).name).toBe("Clinic B renamed");
  });

  it("the clinic-wide recomputation gives the rows the per-episode one gives", async () => {
    const params = JSON.stringify({ drop: 12, window: 3, tolerance: 2 });
    const clinics = [await db.clinic.create({ data: { name: "Per episode" } }), await db.clinic.create({ data: { name: "Clinic-wide" } })];
    for (const clinic of clinics) {
      const t = await makeUser(db, clinic.id, ["THERAPIST"]);
      for (const low of [85, 78, 60, 40]) await dipEpisode(clinic.id, t.id, low);
      await db.clinic.update({ where: { id: clinic.id }, data: { engineParams: params } });
    }
    for (const e of await db.treatmentEpisode.findMany({ where: { clinicId: clinics[0].id } })) await recomputeEpisodeRuptures(db, e.id, NOW);
    const { before, after } = await db.$transaction((tx) => recomputeClinicRuptures(tx, clinics[1].id, NOW));
    expect(before.length).toBeGreaterThan(0);
    const rows = async (clinicId: string) => (await db.rupture.findMany({ where: { clinicId }, include: { episode: { select: { createdAt: true } } } }))
      .map((r) => ({ onset: r.onset, status: r.status, current: r.current, review: r.review, engine: r.engine, order: r.episode.createdAt.getTime() }))
      .sort((a, b) => a.order - b.order || a.onset - b.onset)
      .map((r) => ({ ...r, order: 0 }));
    const [perEpisode, clinicWide] = [await rows(clinics[0].id), await rows(clinics[1].id)];
    expect(clinicWide).toEqual(perEpisode);
    expect(after.filter((r) => r.current)).toHaveLength(perEpisode.filter((r) => r.current).length);
  });
});
