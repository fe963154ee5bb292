import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { createSession } from "@/prisma/factories";
import { statusOf } from "@/tests/support/status-of";
import { twoClinics } from "@/tests/support/world";
import { createRatingLink, getSessionRatingStatus, revokeRatingLink } from "@/lib/data/rating-links";
import { submitRating } from "@/lib/data/ratings";
import { CODE_ALPHABET } from "@/lib/rating/token";
import { AppError } from "@/lib/errors";
import { POST } from "@/app/api/v1/ratings/[token]/route";

const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
let sessionNumber = 0;
beforeAll(async () => {
  w = await twoClinics(db);
});

async function newSession() {
  return createSession(db, { clinicId: w.clinicA.id, episodeId: w.episodeA.id, number: ++sessionNumber, date: new Date("2026-02-01") });
}

const good = { answers: { bond: 8, goals: 7, tasks: 9 }, difficulty: "none" };

function post(token: string, body: unknown, headers: Record<string, string> = {}) {
  const req = new Request(`http://localhost/api/v1/ratings/${token}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return POST(req, { params: Promise.resolve({ token }) });
}


describe("rating links", () => {
  it("are random, stored only as hashes, with an 8-character code from the unambiguous alphabet", async () => {
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.code).toHaveLength(8);
    expect([...link.code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    const row = await db.ratingLink.findFirstOrThrow({ where: { sessionId: s.id }, omit: { tokenHash: false, codeHash: false } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(link.token);
    expect(JSON.stringify(row)).not.toContain(link.code);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(72 * 3_600_000);
  });

  it.each([
    ["the patient's therapist", "therapistA", 200],
    ["their supervisor (read only)", "supervisorA", 404],
    ["another therapist in the clinic", "otherTherapistA", 404],
    ["a therapist of another clinic", "therapistB", 404],
    ["an admin", "adminA", 404],
  ] as const)("may be created by %s → %s", async (_name, who, expected) => {
    const s = await newSession();
    expect(await statusOf(() => createRatingLink(w[who], s.id))).toBe(expected);
  });

  it("a new link revokes the old one; revoking answers 410 to the patient", async () => {
    const s = await newSession();
    const first = await createRatingLink(w.therapistA, s.id);
    const second = await createRatingLink(w.therapistA, s.id);
    expect((await post(first.token, good)).status).toBe(410);
    await revokeRatingLink(w.therapistA, s.id);
    expect((await post(second.token, good)).status).toBe(410);
    expect(await db.patientRating.count({ where: { sessionId: s.id } })).toBe(0);
  });

  it("cannot be created for a session that already has its rating", async () => {
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    expect((await post(link.token, good)).status).toBe(201);
    expect(await statusOf(() => createRatingLink(w.therapistA, s.id))).toBe(409);
  });
});

describe("POST /api/v1/ratings/<token>", () => {
  it("stores the rating (201), scores it on 0–100, uses up the link, audits and recomputes ruptures", async () => {
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    const res = await post(link.token, { answers: { bond: 3, goals: 5, tasks: 4 }, difficulty: "a-lot", talkedAbout: "no", comment: "  hard day  " });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: "stored" });
    const rating = await db.patientRating.findUniqueOrThrow({ where: { sessionId: s.id } });
    expect([rating.bond, rating.goals, rating.tasks, rating.difficulty, rating.talkedAbout, rating.comment]).toEqual([30, 50, 40, "a-lot", "no", "hard day"]);
    expect((await db.ratingLink.findFirstOrThrow({ where: { sessionId: s.id } })).usedAt).not.toBeNull();
    const audit = await db.auditEvent.findFirst({ where: { entityId: rating.id, action: "rating.submit" } });
    expect(audit).toMatchObject({ actor: "rating-link", userId: null, clinicId: w.clinicA.id });
    const rupture = await db.rupture.findFirst({ where: { episodeId: w.episodeA.id, onset: s.number } });
    expect(rupture?.status).toBe("open");
    const seen = await getSessionRatingStatus(w.therapistA, s.id);
    expect(seen.rating?.bond).toBe(30);
  });

  it("answers a retry with the same Idempotency-Key 200 and stores nothing new; without it the used link is gone (410)", async () => {
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    const key = { "idempotency-key": "retry-7c1e" };
    expect((await post(link.token, good, key)).status).toBe(201);
    const retry = await post(link.token, good, key);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ status: "already-stored" });
    expect((await post(link.token, good)).status).toBe(410);
    expect((await post(link.token, { ...good, answers: { bond: 1, goals: 1, tasks: 1 } })).status).toBe(410);
    expect(await db.patientRating.count({ where: { sessionId: s.id } })).toBe(1);
  });

  it("refuses unknown (404) and expired (410) links", async () => {
    expect((await post("x".repeat(43), good)).status).toBe(404);
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    await db.ratingLink.updateMany({ where: { sessionId: s.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await post(link.token, good)).status).toBe(410);
  });

  it.each([
    ["a missing answer", { answers: { bond: 8, goals: 7 }, difficulty: "none" }, ["answers.tasks"]],
    ["an answer out of range", { answers: { bond: 11, goals: 7, tasks: 2 }, difficulty: "none" }, ["answers.bond"]],
    ["an unknown item", { answers: { bond: 1, goals: 7, tasks: 2, extra: 3 }, difficulty: "none" }, ["answers"]],
    ["no difficulty answer", { answers: { bond: 1, goals: 7, tasks: 2 } }, ["difficulty"]],
    ["talked about it when nothing was difficult", { ...good, talkedAbout: "yes" }, ["talkedAbout"]],
    ["a bad talked-about value", { ...good, difficulty: "some", talkedAbout: "maybe" }, ["talkedAbout"]],
    ["a comment too long", { ...good, comment: "x".repeat(1001) }, ["comment"]],
    ["no answers at all", { difficulty: "none" }, ["answers"]],
  ])("422 with field messages for %s", async (_name, body, fields) => {
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    const res = await post(link.token, body);
    expect(res.status).toBe(422);
    const json = await res.json();
    expect(Object.keys(json.fieldErrors)).toEqual(fields);
    expect(await db.patientRating.count({ where: { sessionId: s.id } })).toBe(0);
  });

  it("gives field messages in Norwegian when asked, and 400 for a body that is not JSON", async () => {
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    const res = await post(link.token, { answers: { bond: 8, goals: 7 } }, { "accept-language": "nb-NO" });
    const json = await res.json();
    expect(json.fieldErrors["answers.tasks"][0]).toMatch(/^Svar på spørsmål 3/);
    expect(json.fieldErrors.difficulty[0]).toBe("Velg om noe var vanskelig i dag.");
    expect((await post(link.token, "{not json")).status).toBe(400);
  });
});

describe("concurrent submissions of one link", () => {
  it("50 submissions with one Idempotency-Key at once → exactly one 201 (the rest 200) and one stored row", async () => {
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    const statuses = await Promise.all(Array.from({ length: 50 }, () => post(link.token, good, { "idempotency-key": "double-tap" }).then((r) => r.status)));
    expect(statuses.filter((x) => x === 201)).toHaveLength(1);
    expect(statuses.filter((x) => x === 200)).toHaveLength(49);
    expect(await db.patientRating.count({ where: { sessionId: s.id } })).toBe(1);
  });

  it("50 different submissions without a key at once → exactly one 201, the rest refused (410, or 429 past the limit), one stored row", async () => {
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post(link.token, { ...good, comment: `attempt ${i}` }).then((r) => r.status)),
    );
    expect(statuses.filter((x) => x === 201)).toHaveLength(1);
    expect(statuses.filter((x) => x === 410 || x === 429)).toHaveLength(49);
    expect(await db.patientRating.count({ where: { sessionId: s.id } })).toBe(1);
  });

  it("holds across app servers: 50 submissions through 5 database connections store one row", async () => {
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    const clients = Array.from({ length: 5 }, () => createPrismaClient());
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const opts = { locale: "en" as const, client: clients[i % 5], idempotencyKey: "one-form" };
        return submitRating({ token: link.token }, good, opts).then((r) => r.status, (e: unknown) => (e instanceof AppError ? e.status : String((e as { code?: string }).code)));
      }),
    );
    expect([...new Set(outcomes)].sort()).toEqual(["created", "duplicate"]);
    expect(outcomes.filter((x) => x === "created")).toHaveLength(1);
    expect(outcomes.filter((x) => x === "duplicate")).toHaveLength(49);
    expect(await db.patientRating.count({ where: { sessionId: s.id } })).toBe(1);
  });

  it("the short code reaches the same link, and the key is the same whichever way the retry comes", async () => {
    const s = await newSession();
    const link = await createRatingLink(w.therapistA, s.id);
    const opts = { locale: "en" as const, idempotencyKey: "by-code" };
    expect((await submitRating({ code: link.code }, good, opts)).status).toBe("created");
    expect((await post(link.token, good, { "idempotency-key": "by-code" })).status).toBe(200);
    expect((await post(link.token, good)).status).toBe(410);
  });
});
