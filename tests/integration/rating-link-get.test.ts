import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { createSession } from "@/prisma/factories";
import { statusOf } from "@/tests/support/status-of";
import { twoClinics } from "@/tests/support/world";
import { createRatingLink, getOrCreateRatingLink, getSessionRatingStatus, revokeRatingLink, type CreatedLink, type GotLink } from "@/lib/data/rating-links";
import { submitRating } from "@/lib/data/ratings";
import { ratingFormToRaw, ratingSubmissionSchema } from "@/lib/validation/rating";
import { BRIEF_ALLIANCE_CHECK } from "@/lib/alliance";

// "Get rating link" makes a link only when none is open (a patient may have scanned the open one),
// and the rating-link page shows a just-made link only while it is the session's open link.
const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
let sessionNumber = 0;
beforeAll(async () => {
  w = await twoClinics(db);
});

const newSession = () => createSession(db, { clinicId: w.clinicA.id, episodeId: w.episodeA.id, number: ++sessionNumber, date: new Date("2026-02-01") });
const made = (got: GotLink): CreatedLink => {
  if ("kept" in got) throw new Error("expected a new link");
  return got;
};
const linkEvents = (since: Date) => db.auditEvent.count({ where: { action: "rating-link.create", at: { gte: since } } });

describe("getOrCreateRatingLink", () => {
  it("makes a link when none is open, keeps an open one (no write, no event), and makes one again after expiry or revocation", async () => {
    const s = await newSession();
    const since = new Date(Date.now() - 1);
    const first = made(await getOrCreateRatingLink(w.therapistA, s.id));
    expect(await getOrCreateRatingLink(w.therapistA, s.id)).toEqual({ sessionId: s.id, kept: true });
    expect(await db.ratingLink.count({ where: { sessionId: s.id } })).toBe(1);
    expect(await linkEvents(since)).toBe(1);
    // Past its expiry the link is not open any more: a new one.
    const later = new Date(first.expiresAt.getTime() + 1000);
    const second = made(await getOrCreateRatingLink(w.therapistA, s.id, later));
    expect(second.token).not.toBe(first.token);
    await revokeRatingLink(w.therapistA, s.id, later);
    made(await getOrCreateRatingLink(w.therapistA, s.id, new Date(later.getTime() + 1000)));
    expect(await db.ratingLink.count({ where: { sessionId: s.id } })).toBe(3);
    expect(await linkEvents(since)).toBe(3);
  });

  it("refuses a rated session (409), and is not found outside the therapist's own patients", async () => {
    const s = await newSession();
    const link = made(await getOrCreateRatingLink(w.therapistA, s.id));
    await submitRating({ token: link.token }, { answers: { bond: 8, goals: 7, tasks: 9 }, difficulty: "none" }, { locale: "en" });
    expect(await statusOf(() => getOrCreateRatingLink(w.therapistA, s.id))).toBe(409);
    const open = await newSession();
    await createRatingLink(w.therapistA, open.id);
    const none = await newSession();
    for (const who of ["supervisorA", "otherTherapistA", "therapistB", "adminA"] as const) {
      // An open link is no way to learn about a session out of reach: the same 404 either way.
      expect(await statusOf(() => getOrCreateRatingLink(w[who], open.id))).toBe(404);
      expect(await statusOf(() => getOrCreateRatingLink(w[who], none.id))).toBe(404);
    }
    expect(await db.ratingLink.count({ where: { sessionId: none.id } })).toBe(0);
  });
});

describe("getSessionRatingStatus: the link just made", () => {
  it("is shown only while it is the open link, with its own token and code", async () => {
    const s = await newSession();
    const first = await createRatingLink(w.therapistA, s.id);
    const view = async (m: { token: string; code: string }) => (await getSessionRatingStatus(w.therapistA, s.id, new Date(), m)).link?.shown;
    expect(await view(first)).toEqual({ token: first.token, code: first.code });
    expect(await view({ token: first.token, code: "AAAAAAAA" })).toBeNull();
    expect(await view({ token: "x".repeat(43), code: first.code })).toBeNull();
    expect((await getSessionRatingStatus(w.therapistA, s.id, new Date(first.expiresAt.getTime() + 1), first)).link?.shown).toBeNull();
    const second = await createRatingLink(w.therapistA, s.id);
    expect(await view(first)).toBeNull();
    expect(await view(second)).toEqual({ token: second.token, code: second.code });
    await submitRating({ token: second.token }, { answers: { bond: 8, goals: 7, tasks: 9 }, difficulty: "none" }, { locale: "en" });
    expect(await view(second)).toBeNull();
  });
});

describe("the patient's form: an untouched item is an unanswered item", () => {
  const form = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    return f;
  };
  it.each([
    ["en", "Please answer question 2"],
    ["nb", "Svar på spørsmål 2"],
  ] as const)("is refused at that item, in the patient's language (%s)", (locale, message) => {
    // Radio buttons send nothing for an item nobody chose: no value is made up for it.
    const raw = ratingFormToRaw(form({ "answers.bond": "3", "answers.tasks": "10", difficulty: "none" }));
    expect(raw.answers).toEqual({ bond: 3, tasks: 10 });
    const parsed = ratingSubmissionSchema(BRIEF_ALLIANCE_CHECK, locale).safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message.slice(0, message.length)])).toEqual([["answers.goals", message]]);
  });

  it("keeps exactly the chosen values", () => {
    const raw = ratingFormToRaw(form({ "answers.bond": "0", "answers.goals": "10", "answers.tasks": "7", difficulty: "some", talkedAbout: "yes" }));
    expect(ratingSubmissionSchema(BRIEF_ALLIANCE_CHECK, "en").parse(raw)).toMatchObject({ answers: { bond: 0, goals: 10, tasks: 7 }, difficulty: "some", talkedAbout: "yes" });
  });
});
