import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { createSession } from "@/prisma/factories";
import { twoClinics } from "@/tests/support/world";
import { createRatingLink } from "@/lib/data/rating-links";
import { POST } from "@/app/api/v1/ratings/[token]/route";
import { flashValue } from "@/lib/rating/forms";

// The security probe's findings on rating links: a used or expired link must not tell whether a
// guessed rating matches the stored one, submissions per link are limited, and a leaked database
// yields no working token or code.
const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
let sessionNumber = 0;
beforeAll(async () => {
  w = await twoClinics(db);
});

async function newLink() {
  const s = await createSession(db, { clinicId: w.clinicA.id, episodeId: w.episodeA.id, number: ++sessionNumber, date: new Date("2026-02-01") });
  return { session: s, ...(await createRatingLink(w.therapistA, s.id)) };
}

const good = { answers: { bond: 8, goals: 7, tasks: 9 }, difficulty: "none" };
// What a prober would send: the stored content itself, other ratings, and invalid bodies.
const probes: unknown[] = [
  good,
  { ...good, answers: { bond: 1, goals: 1, tasks: 1 } },
  { answers: { bond: 8, goals: 7, tasks: 9 }, difficulty: "a-lot", talkedAbout: "no", comment: "x" },
  { answers: { bond: 11 }, difficulty: "none" },
  {},
];

async function post(token: string, body: unknown, key?: string) {
  const req = new Request(`http://localhost/api/v1/ratings/${token}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { "idempotency-key": key } : {}) },
    body: JSON.stringify(body),
  });
  const res = await POST(req, { params: Promise.resolve({ token }) });
  return { status: res.status, body: await res.text() };
}

/** Every probe's answer, as "status body" lines. */
async function answersTo(token: string) {
  const out: string[] = [];
  for (const body of probes) {
    const { status, body: text } = await post(token, body);
    out.push(`${status} ${text}`);
  }
  return out;
}

describe("a used or expired link reveals nothing about the stored rating", () => {
  it("gives one answer (410) to the stored content, other content and invalid bodies alike", async () => {
    const link = await newLink();
    expect((await post(link.token, good, "first-key-0001")).status).toBe(201);
    const answers = await answersTo(link.token);
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toMatch(/^410 /);
    expect(answers[0]).not.toMatch(/submittedAt|"bond"|stored/);
    expect(await db.patientRating.count({ where: { sessionId: link.session.id } })).toBe(1);
  });

  it("gives that same answer once the used link has expired, and for a link that expired unused", async () => {
    const used = await newLink();
    expect((await post(used.token, good)).status).toBe(201);
    const usedAnswer = (await answersTo(used.token))[0];
    await db.ratingLink.updateMany({ where: { sessionId: used.session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await newLink();
    await db.ratingLink.updateMany({ where: { sessionId: expired.session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const answers = [...(await answersTo(used.token)), ...(await answersTo(expired.token))];
    expect(new Set([usedAnswer, ...answers])).toEqual(new Set([usedAnswer]));
    expect(await db.patientRating.count({ where: { sessionId: expired.session.id } })).toBe(0);
  });
});

describe("the Idempotency-Key recognises a retry of the stored rating", () => {
  it("answers the same key with 200 already-stored within 10 minutes, whatever the body, and stores nothing new", async () => {
    const link = await newLink();
    const first = await post(link.token, good, "retry-key-0001");
    expect(first.status).toBe(201);
    const { submittedAt } = JSON.parse(first.body);
    for (const body of probes) {
      const retry = await post(link.token, body, "retry-key-0001");
      expect(retry.status).toBe(200);
      expect(JSON.parse(retry.body)).toEqual({ status: "already-stored", submittedAt });
    }
    expect((await post(link.token, good, "another-key-02")).status).toBe(410);
    expect(await db.patientRating.count({ where: { sessionId: link.session.id } })).toBe(1);
  });

  it("no longer recognises the key 10 minutes after the rating was stored", async () => {
    const link = await newLink();
    expect((await post(link.token, good, "late-key-00001")).status).toBe(201);
    await db.patientRating.update({ where: { sessionId: link.session.id }, data: { submittedAt: new Date(Date.now() - 10 * 60_000 - 1000) } });
    const late = await post(link.token, good, "late-key-00001");
    expect(late.status).toBe(410);
    expect(late.body).toBe((await post(link.token, good)).body);
  });

  it("keeps only a keyed hash of the key", async () => {
    const link = await newLink();
    const key = "stored-key-7f3a9c2e";
    expect((await post(link.token, good, key)).status).toBe(201);
    const raw = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "PatientRating" WHERE "sessionId" = ?`, link.session.id);
    const row = JSON.stringify(raw);
    expect(row).not.toContain(key);
    expect(row).not.toContain(createHash("sha256").update(key).digest("hex"));
  });
});

describe("submissions per link are rate limited", () => {
  it("answers 429 with a clear message after 20 refused submissions in 15 minutes; the patient's own retry still gets 200", async () => {
    const link = await newLink();
    expect((await post(link.token, good, "limit-key-0001")).status).toBe(201);
    for (let i = 0; i < 20; i++) expect((await post(link.token, probes[i % probes.length])).status).toBe(410);
    const limited = await post(link.token, good);
    expect(limited.status).toBe(429);
    expect(JSON.parse(limited.body)).toMatchObject({ error: "rate_limited", message: expect.stringMatching(/Too many attempts/) });
    expect((await post(link.token, good, "limit-key-0001")).status).toBe(200);
  });

  it("counts invalid submissions to an open link too, yet never turns the patient's valid rating away", async () => {
    const link = await newLink();
    for (let i = 0; i < 20; i++) expect((await post(link.token, { answers: { bond: 11 } })).status).toBe(422);
    expect((await post(link.token, { answers: { bond: 11 } })).status).toBe(429);
    expect((await post(link.token, good)).status).toBe(201);
  });
});

describe("a leaked database yields no working token or code", () => {
  const sha256 = (v: string) => createHash("sha256").update(v, "utf8").digest("hex");

  it("stores neither SHA-256(token) nor SHA-256(code)", async () => {
    const link = await newLink();
    const row = await db.ratingLink.findFirstOrThrow({ where: { sessionId: link.session.id }, omit: { tokenHash: false, codeHash: false } });
    expect(row.tokenHash).not.toBe(sha256(link.token));
    expect(row.codeHash).not.toBe(sha256(link.code));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keys the hashes with the server secret: under another secret the token finds no link", async () => {
    const link = await newLink();
    const secret = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = "another-server-secret";
    try {
      expect((await post(link.token, good)).status).toBe(404);
    } finally {
      process.env.NEXTAUTH_SECRET = secret;
    }
    expect((await post(link.token, good)).status).toBe(201);
  });
});

describe("the flash cookie of a plain POST", () => {
  const sent = (s: string) => encodeURIComponent(s).length; // as the Set-Cookie header carries it

  it("keeps known fields only, bounded, and no typed answers where the form is not shown again", () => {
    const big = "x".repeat(100_000);
    const gone = flashValue("/r", { status: "error", code: "gone", attempt: 1, values: { token: big, comment: "kept?" } });
    expect(JSON.parse(gone)).toEqual({ path: "/r", state: { status: "error", code: "gone", attempt: 1 } });
    const invalid = flashValue("/r/form", { status: "error", code: "invalid", attempt: 2, fieldErrors: { [big]: ["?"], comment: [big] }, values: { token: big, comment: big, difficulty: big } });
    expect(sent(invalid)).toBeLessThan(3600);
    const { state } = JSON.parse(invalid);
    expect(Object.keys(state.values)).toEqual(["comment", "difficulty"]);
    expect([state.values.comment.length, state.values.difficulty.length, state.fieldErrors.comment[0].length]).toEqual([1000, 16, 200]);
  });

  it("shortens a comment of many-byte characters until the cookie fits", () => {
    const value = flashValue("/r/form", { status: "error", code: "invalid", attempt: 1, fieldErrors: { difficulty: ["Choose."] }, values: { comment: "😀".repeat(1000) } });
    expect(sent(value)).toBeLessThanOrEqual(3500);
    expect(JSON.parse(value).state.values.comment).toMatch(/^(😀)+$/u);
  });
});
