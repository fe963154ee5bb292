import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { applyMutation } from "@/lib/mutation";
import { AppError } from "@/lib/errors";
import { createSupervisorNote, deleteSupervisorNote, listSupervisorNotes, updateSupervisorNote } from "@/lib/data/supervisor-notes";
import { createNoteMutation, updateNoteMutation } from "@/lib/mutations/supervisor-notes";
import { createSupervision } from "@/prisma/factories";
import { statusOf } from "@/tests/support/status-of";
import { makeUser, twoClinics } from "@/tests/support/world";
import type { CurrentUser } from "@/lib/roles";

// A supervisor's own notes on a supervisee: only their author reads or changes them, while the
// pair exists; the therapist, an admin, another supervisor (even the same therapist's) and another
// clinic get "not found", recorded as a refusal. Every read and write leaves its audit event.
const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
let coSupervisor: CurrentUser;
let supervisorB: CurrentUser;
let allRoles: CurrentUser;

const events = (user: CurrentUser, since: Date) => db.auditEvent.findMany({ where: { userId: user.id, at: { gte: since } }, select: { action: true, entity: true, entityId: true, detail: true }, orderBy: { at: "asc" } });
const note = (text = "Talked about the second session.") => ({ meetingDate: "2026-01-20", text });

beforeAll(async () => {
  w = await twoClinics(db);
  // Another supervisor of the same therapist: a pair of their own does not open the first one's notes.
  coSupervisor = await makeUser(db, w.clinicA.id, ["SUPERVISOR"]);
  await createSupervision(db, { clinicId: w.clinicA.id, supervisorId: coSupervisor.id, therapistId: w.therapistA.id });
  supervisorB = await makeUser(db, w.clinicB.id, ["SUPERVISOR"]);
  allRoles = await makeUser(db, w.clinicA.id, ["ADMIN", "SUPERVISOR", "THERAPIST"]);
});

describe("supervisor notes", () => {
  it("the author writes, reads, changes and deletes a note, each audited without its text", async () => {
    const since = new Date(Date.now() - 1);
    const created = await createSupervisorNote(w.supervisorA, { id: w.therapistA.id, ...note() });
    expect(created.therapistId).toBe(w.therapistA.id);
    const listed = await listSupervisorNotes(w.supervisorA, w.therapistA.id);
    expect(listed.map((n) => [n.id, n.text, n.meetingDate.toISOString().slice(0, 10)])).toEqual([[created.id, "Talked about the second session.", "2026-01-20"]]);
    await updateSupervisorNote(w.supervisorA, { id: created.id, meetingDate: "2026-01-21", text: "Changed" });
    expect((await db.supervisorNote.findUniqueOrThrow({ where: { id: created.id } })).text).toBe("Changed");
    await deleteSupervisorNote(w.supervisorA, { id: created.id });
    expect(await db.supervisorNote.count({ where: { id: created.id } })).toBe(0);
    const trail = await events(w.supervisorA, since);
    expect(trail.map((e) => e.action)).toEqual(["supervisorNote.create", "supervisorNote.list", "supervisorNote.update", "supervisorNote.delete"]);
    expect(trail.filter((e) => e.action !== "supervisorNote.list").every((e) => e.entity === "SupervisorNote" && e.entityId === created.id)).toBe(true);
    expect(JSON.parse(trail[1].detail!)).toEqual({ ids: [created.id] });
    expect(JSON.stringify(trail)).not.toMatch(/Talked|Changed/);
  });

  it("lists newest meeting first, and only the author's notes within a period", async () => {
    const a = await createSupervisorNote(w.supervisorA, { id: w.therapistA.id, meetingDate: "2026-01-05", text: "Earlier" });
    const b = await createSupervisorNote(w.supervisorA, { id: w.therapistA.id, meetingDate: "2026-02-05", text: "Later" });
    await createSupervisorNote(coSupervisor, { id: w.therapistA.id, meetingDate: "2026-01-10", text: "The other supervisor's" });
    expect((await listSupervisorNotes(w.supervisorA, w.therapistA.id)).map((n) => n.id)).toEqual([b.id, a.id]);
    const january = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-02-01T00:00:00Z") };
    expect((await listSupervisorNotes(w.supervisorA, w.therapistA.id, january)).map((n) => n.id)).toEqual([a.id]);
    expect((await listSupervisorNotes(coSupervisor, w.therapistA.id)).map((n) => n.text)).toEqual(["The other supervisor's"]);
  });

  it("nobody else reads or changes the author's notes: not found, recorded as refused", async () => {
    const own = await createSupervisorNote(w.supervisorA, { id: w.therapistA.id, ...note() });
    const strangers: [string, CurrentUser][] = [["co-supervisor", coSupervisor], ["all roles, not the supervisor", allRoles], ["other clinic", supervisorB]];
    for (const [who, user] of strangers) {
      const since = new Date(Date.now() - 1);
      expect(await statusOf(() => updateSupervisorNote(user, { id: own.id, ...note("Hijacked") })), who).toBe(404);
      expect(await statusOf(() => deleteSupervisorNote(user, { id: own.id })), who).toBe(404);
      expect((await events(user, since)).map((e) => `${e.action} ${e.entity}`), who).toEqual(["access.denied SupervisorNote", "access.denied SupervisorNote"]);
    }
    // Only the co-supervisor supervises the therapist; the others cannot even list or write on them.
    for (const [who, user] of strangers.slice(1)) {
      expect(await statusOf(() => listSupervisorNotes(user, w.therapistA.id)), who).toBe(404);
      expect(await statusOf(() => createSupervisorNote(user, { id: w.therapistA.id, ...note() })), who).toBe(404);
    }
    // The therapist and the admin hold no supervisor role at all.
    expect(await statusOf(() => listSupervisorNotes(w.therapistA, w.therapistA.id))).toBe(403);
    expect(await statusOf(() => listSupervisorNotes(w.adminA, w.therapistA.id))).toBe(403);
    expect((await db.supervisorNote.findUniqueOrThrow({ where: { id: own.id } })).text).toBe("Talked about the second session.");
  });

  it("needs the supervision pair: a non-supervisee, or a pair since removed, is not found", async () => {
    const since = new Date(Date.now() - 1);
    expect(await statusOf(() => createSupervisorNote(w.supervisorA, { id: w.otherTherapistA.id, ...note() }))).toBe(404);
    expect((await events(w.supervisorA, since)).map((e) => `${e.action} ${e.entity} ${e.entityId}`)).toEqual([`access.denied User ${w.otherTherapistA.id}`]);
    const leaving = await makeUser(db, w.clinicA.id, ["SUPERVISOR"]);
    await createSupervision(db, { clinicId: w.clinicA.id, supervisorId: leaving.id, therapistId: w.otherTherapistA.id });
    const kept = await createSupervisorNote(leaving, { id: w.otherTherapistA.id, ...note() });
    await db.supervision.delete({ where: { supervisorId_therapistId: { supervisorId: leaving.id, therapistId: w.otherTherapistA.id } } });
    expect(await statusOf(() => listSupervisorNotes(leaving, w.otherTherapistA.id))).toBe(404);
    expect(await statusOf(() => updateSupervisorNote(leaving, { id: kept.id, ...note("Later") }))).toBe(404);
    expect(await statusOf(() => deleteSupervisorNote(leaving, { id: kept.id }))).toBe(404);
  });

  it("bounds the text and the date, with clear messages in nb and en, and writes nothing", async () => {
    const count = await db.supervisorNote.count();
    const fail = async (raw: unknown, locale: "nb" | "en", def: typeof createNoteMutation | typeof updateNoteMutation = createNoteMutation) => {
      const error = await applyMutation(def, w.supervisorA, raw, locale).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      return (error as AppError).fieldErrors ?? {};
    };
    const id = w.therapistA.id;
    expect((await fail({ id, meetingDate: "2026-01-20", text: "x".repeat(4001) }, "en")).text).toEqual(["Keep the note to at most 4,000 characters."]);
    expect((await fail({ id, meetingDate: "2026-01-20", text: "x".repeat(4001) }, "nb")).text).toEqual(["Notatet kan ha høyst 4 000 tegn."]);
    expect((await fail({ id, meetingDate: "2026-01-20", text: "   " }, "en")).text).toHaveLength(1);
    expect((await fail({ id, meetingDate: "1999-12-31", text: "ok" }, "en")).meetingDate).toEqual(["Choose a meeting date from the year 2000 up to one year from today."]);
    expect((await fail({ id, meetingDate: "2099-01-01", text: "ok" }, "nb")).meetingDate).toEqual(["Velg en møtedato fra år 2000 til ett år fram i tid."]);
    expect((await fail({ id, meetingDate: "2026-02-30", text: "ok" }, "en")).meetingDate).toHaveLength(1);
    expect(await fail({ meetingDate: "2026-01-20", text: "ok" }, "en", updateNoteMutation)).toHaveProperty("id");
    expect(await db.supervisorNote.count()).toBe(count);
    // Exactly the limit is kept, trimmed.
    const long = await createSupervisorNote(w.supervisorA, { id, meetingDate: "2026-01-20", text: "y".repeat(4000) });
    expect((await db.supervisorNote.findUniqueOrThrow({ where: { id: long.id } })).text).toHaveLength(4000);
  });
});
