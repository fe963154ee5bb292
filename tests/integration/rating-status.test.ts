import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { createSession } from "@/prisma/factories";
import { statusOf } from "@/tests/support/status-of";
import { twoClinics } from "@/tests/support/world";
import { createRatingLink, getSessionRatingState, revokeRatingLink } from "@/lib/data/rating-links";
import { submitRating } from "@/lib/data/ratings";

// The rating-link page's background check: the state only, within the user's scope, no audit.
const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
let sessionNumber = 0;
beforeAll(async () => {
  w = await twoClinics(db);
});

const newSession = () => createSession(db, { clinicId: w.clinicA.id, episodeId: w.episodeA.id, number: ++sessionNumber, date: new Date("2026-02-01") });

describe("getSessionRatingState", () => {
  it("follows the link from none to open to used, and to revoked or expired", async () => {
    const s = await newSession();
    expect(await getSessionRatingState(w.therapistA, s.id)).toEqual({ rated: false, linkState: "none" });
    const first = await createRatingLink(w.therapistA, s.id);
    expect(await getSessionRatingState(w.therapistA, s.id)).toEqual({ rated: false, linkState: "open" });
    expect(await getSessionRatingState(w.therapistA, s.id, new Date(first.expiresAt.getTime() + 1))).toEqual({ rated: false, linkState: "expired" });
    await revokeRatingLink(w.therapistA, s.id);
    expect(await getSessionRatingState(w.therapistA, s.id)).toEqual({ rated: false, linkState: "revoked" });
    const second = await createRatingLink(w.therapistA, s.id);
    await submitRating({ token: second.token }, { answers: { bond: 8, goals: 7, tasks: 9 }, difficulty: "none" }, { locale: "en" });
    expect(await getSessionRatingState(w.therapistA, s.id)).toEqual({ rated: true, linkState: "used" });
  });

  it("writes no audit event", async () => {
    const s = await newSession();
    const before = await db.auditEvent.count();
    for (let i = 0; i < 3; i++) await getSessionRatingState(w.therapistA, s.id);
    expect(await db.auditEvent.count()).toBe(before);
  });

  it.each([
    ["the patient's therapist", "therapistA", 200],
    ["their supervisor", "supervisorA", 200],
    ["another therapist in the clinic", "otherTherapistA", 404],
    ["a therapist of another clinic", "therapistB", 404],
    ["an admin", "adminA", 404],
  ] as const)("is answered for %s → %s", async (_name, who, expected) => {
    const s = await newSession();
    expect(await statusOf(() => getSessionRatingState(w[who], s.id))).toBe(expected);
  });
});
