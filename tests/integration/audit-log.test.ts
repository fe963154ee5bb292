import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { AppError } from "@/lib/errors";
import { auditFilterOptions, exportAuditEvents, listAuditEvents, patientIdForCode, type AuditRow } from "@/lib/data/audit-log";
import { auditFilterSchema } from "@/lib/validation/audit-log";
import { createSession } from "@/prisma/factories";
import { twoClinics } from "@/tests/support/world";

const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
const status = (e: unknown) => (e instanceof AppError ? e.status : 0);
const filters = (raw: Record<string, unknown>) => auditFilterSchema.parse(raw);
let sessionA: string;

/** An event at a given instant, as the app writes them. */
function event(data: { clinicId: string; userId?: string | null; action: string; entity: string; entityId?: string | null; detail?: object; at: string }) {
  return db.auditEvent.create({ data: { actor: "user", ip: "10.0.0.1", ...data, userId: data.userId ?? null, entityId: data.entityId ?? null, detail: data.detail ? JSON.stringify(data.detail) : null, at: new Date(data.at) } });
}

async function collect(gen: AsyncGenerator<AuditRow[]>): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  for await (const batch of gen) rows.push(...batch);
  return rows;
}

beforeAll(async () => {
  w = await twoClinics(db);
  const session = await createSession(db, { clinicId: w.clinicA.id, episodeId: w.episodeA.id, number: 1, date: new Date("2026-01-12") });
  sessionA = session.id;
  const a = w.clinicA.id;
  await event({ clinicId: a, userId: w.therapistA.id, action: "patient.read", entity: "Patient", entityId: w.patientA.id, at: "2026-01-14T23:30:00Z" }); // 00:30 on 15 Jan in Oslo
  await event({ clinicId: a, userId: w.therapistA.id, action: "episode.read", entity: "TreatmentEpisode", entityId: w.episodeA.id, at: "2026-01-15T10:00:00Z" });
  await event({ clinicId: a, userId: w.therapistA.id, action: "session.create", entity: "Session", entityId: sessionA, at: "2026-01-15T22:59:59Z" }); // still 15 Jan
  await event({ clinicId: a, userId: w.supervisorA.id, action: "caseload.read", entity: "Patient", detail: { ids: [w.patientA.id] }, at: "2026-01-16T09:00:00Z" });
  await event({ clinicId: a, userId: w.supervisorA.id, action: "episode.read", entity: "TreatmentEpisode", entityId: "some-other-episode", at: "2026-01-16T09:05:00Z" });
  await event({ clinicId: a, userId: null, action: "rating.submit", entity: "PatientRating", entityId: "r-unrelated", at: "2026-01-17T08:00:00Z" });
  for (let i = 0; i < 120; i++) await event({ clinicId: a, userId: w.otherTherapistA.id, action: "caseload.read", entity: "Patient", detail: { ids: [] }, at: new Date(Date.UTC(2026, 1, 1, 8, 0, i)).toISOString() });
  await event({ clinicId: w.clinicB.id, userId: w.therapistB.id, action: "patient.read", entity: "Patient", entityId: w.patientB.id, at: "2026-01-15T10:00:00Z" });
});

describe("audit log", () => {
  it("pages the clinic's events newest first, 50 a page, with user names", async () => {
    // One user's events: the reads below add audit.read events of the admin's own to the log.
    const byUser = (page: number) => listAuditEvents(w.adminA, filters({ userId: w.otherTherapistA.id, page }));
    const first = await byUser(1);
    expect(first).toMatchObject({ total: 120, pages: 3, page: 1, pageSize: 50 });
    expect(first.events).toHaveLength(50);
    expect(first.events[0]).toMatchObject({ action: "caseload.read", userName: "Test User", at: new Date("2026-02-01T08:01:59Z") });
    const [second, third] = [await byUser(2), await byUser(3)];
    expect(third.events).toHaveLength(20);
    expect(third.events.at(-1)?.at).toEqual(new Date("2026-02-01T08:00:00Z"));
    expect((await byUser(99)).page).toBe(3);
    const ids = [first, second, third].flatMap((p) => p.events.map((e) => e.id));
    expect(new Set(ids).size).toBe(120);
    const all = await listAuditEvents(w.adminA, filters({ page: 3 }));
    expect(all.events.map((e) => e.action).slice(-3)).toEqual(["session.create", "episode.read", "patient.read"]);
  });

  it.each([
    ["a user", () => ({ userId: w.supervisorA.id }), ["episode.read", "caseload.read"]],
    ["an action", () => ({ action: "episode.read" }), ["episode.read", "episode.read"]],
    ["one clinic day (Oslo time)", () => ({ from: "2026-01-15", to: "2026-01-15" }), ["session.create", "episode.read", "patient.read"]],
    ["from a day on", () => ({ from: "2026-01-16", to: "2026-01-31" }), ["rating.submit", "episode.read", "caseload.read"]],
    ["up to a day", () => ({ to: "2026-01-15", action: "patient.read" }), ["patient.read"]],
    ["a patient: its records and list reads that showed it", () => ({ patientId: w.patientA.id }), ["caseload.read", "session.create", "episode.read", "patient.read"]],
    ["a patient and a user", () => ({ patientId: w.patientA.id, userId: w.supervisorA.id }), ["caseload.read"]],
  ])("filters by %s", async (_name, make, actions) => {
    const page = await listAuditEvents(w.adminA, filters({ ...make(), page: 1 }));
    expect(page.events.filter((e) => e.at < new Date("2026-02-01")).map((e) => e.action)).toEqual(actions);
  });

  it("resolves a patient code in the clinic only", async () => {
    const code = (await db.patient.findUniqueOrThrow({ where: { id: w.patientA.id } })).code;
    const codeB = (await db.patient.findUniqueOrThrow({ where: { id: w.patientB.id } })).code;
    expect(await patientIdForCode(w.adminA, code)).toBe(w.patientA.id);
    expect(await patientIdForCode(w.adminA, codeB)).toBeNull();
    expect(await patientIdForCode(w.adminA, "NOPE")).toBeNull();
    // Another clinic's patient named by id: refused as out of reach, and the attempt recorded.
    expect(status(await listAuditEvents(w.adminA, filters({ patientId: w.patientB.id })).catch((e: unknown) => e))).toBe(404);
    expect(await db.auditEvent.count({ where: { userId: w.adminA.id, action: "access.denied", entityId: w.patientB.id } })).toBe(1);
  });

  it("offers the clinic's users and the actions its log holds", async () => {
    const options = await auditFilterOptions(w.adminA);
    expect(options.users.map((u) => u.id).sort()).toEqual([w.therapistA.id, w.otherTherapistA.id, w.supervisorA.id, w.adminA.id].sort());
    expect(options.actions).toEqual(expect.arrayContaining(["caseload.read", "episode.read", "patient.read", "rating.submit", "session.create"]));
    expect(options.actions).toEqual([...options.actions].sort());
  });

  it("is audited: each read and export records its filters, a patient only as its id", async () => {
    const since = new Date();
    await listAuditEvents(w.adminA, filters({ action: "episode.read", from: "2026-01-01", patientId: w.patientA.id, page: 1 }));
    const rows = await collect(await exportAuditEvents(w.adminA, filters({ userId: w.therapistA.id })));
    expect(rows.map((r) => r.action)).toEqual(["session.create", "episode.read", "patient.read"]);
    const events = await db.auditEvent.findMany({ where: { userId: w.adminA.id, at: { gte: since } }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.action, JSON.parse(e.detail!)])).toEqual([
      ["audit.read", { filters: { action: "episode.read", from: "2026-01-01", page: 1 }, ids: [w.patientA.id] }],
      ["audit.export", { filters: { userId: w.therapistA.id } }],
    ]);
  });

  it("exports every matching event in batches, newest first", async () => {
    const rows = await collect(await exportAuditEvents(w.adminA, filters({ action: "caseload.read", userId: w.otherTherapistA.id })));
    expect(rows).toHaveLength(120);
    expect(rows.map((r) => r.at.getTime())).toEqual([...rows.map((r) => r.at.getTime())].sort((a, b) => b - a));
  });

  it("is for admins only, and never shows another clinic's events", async () => {
    for (const user of [w.therapistA, w.supervisorA, w.therapistB]) {
      expect(status(await listAuditEvents(user, filters({})).catch((e: unknown) => e))).toBe(403);
      expect(status(await exportAuditEvents(user, filters({})).catch((e: unknown) => e))).toBe(403);
      expect(status(await auditFilterOptions(user).catch((e: unknown) => e))).toBe(403);
    }
    const all = await collect(await exportAuditEvents(w.adminA, filters({})));
    expect(all.some((r) => r.userId === w.therapistB.id)).toBe(false);
    expect((await listAuditEvents(w.adminA, filters({ userId: w.therapistB.id }))).total).toBe(0);
  });
});
