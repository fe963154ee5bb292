import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { applyMutation } from "@/lib/mutation";
import { errorResponse } from "@/lib/http/api";
import { AppError } from "@/lib/errors";
import { createPatient } from "@/lib/data/patients";
import { logSession } from "@/lib/data/sessions";
import { endEpisode } from "@/lib/data/episodes";
import { sessionCreateSchema } from "@/lib/validation/session";
import { logSessionMutation } from "@/lib/mutations/sessions";
import { endEpisodeMutation } from "@/lib/mutations/episodes";
import { twoClinics } from "@/tests/support/world";

// A session's date fits its episode and the order of the session numbers (docs/domain-model.md,
// "Session"), through the one mutation path that the form and POST /api/v1/episodes/{id}/sessions
// share; a refusal is a 422 naming the date, and writes nothing: no session, no audit event.
const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
beforeAll(async () => {
  w = await twoClinics(db);
});

async function episodeFrom(code: string, startDate: string) {
  const { episode } = await createPatient(w.therapistA, { code, modality: "cbt", goals: [], startDate });
  return episode!.id;
}

// Refusals go through the whole mutation path; accepted writes through the data layer (the
// mutation's revalidation needs a running Next server).
const log = (id: string, body: Record<string, unknown>, locale: "en" | "nb" = "en") => applyMutation(logSessionMutation, w.therapistA, { ...body, id }, locale);
const logged = (id: string, body: Record<string, unknown>) => logSession(w.therapistA, id, sessionCreateSchema.parse(body));
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
const written = async (episodeId: string) => ({
  sessions: await db.session.count({ where: { episodeId } }),
  audits: await db.auditEvent.count({ where: { action: "session.create", userId: w.therapistA.id } }),
});

describe("session dates", () => {
  it("a session dated before its episode starts is refused with 422 and a field message, and nothing is written", async () => {
    const id = await episodeFrom("SD-1", "2026-11-01");
    const before = await written(id);
    const error = await refusal(log(id, { date: "2020-01-01" }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 422, code: "invalid", fieldErrors: { date: ["The treatment episode started after this date. Choose the episode's start date or a later day."] } });
    // As the REST route answers it.
    const res = errorResponse(error);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: "invalid", fieldErrors: { date: [expect.stringContaining("started after this date")] } });
    expect(await written(id)).toEqual(before);
    // The episode's first day itself is fine.
    expect(await logged(id, { date: "2026-11-01" })).toMatchObject({ number: 1 });
  });

  it("dates follow the session numbers: not before the previous session's, not after the next one's; the same day is fine", async () => {
    const id = await episodeFrom("SD-2", "2026-02-01");
    await logged(id, { date: "2026-02-10", number: 1 });
    await logged(id, { date: "2026-02-20", number: 3 });
    const before = await written(id);
    expect(await refusal(log(id, { date: "2026-02-05" }))).toMatchObject({ status: 422, fieldErrors: { date: ["Session 3 is dated later than this. Choose that day or a later one, or change the session number."] } });
    expect(await refusal(log(id, { date: "2026-02-25", number: 2 }, "nb"))).toMatchObject({ status: 422, fieldErrors: { date: ["Time 3 har en tidligere dato enn dette. Velg den dagen eller en tidligere, eller endre timenummeret."] } });
    expect(await refusal(log(id, { date: "2026-02-09", number: 2 }))).toMatchObject({ status: 422, fieldErrors: { date: [expect.stringMatching(/^Session 1 is dated later/)] } });
    expect(await written(id)).toEqual(before);
    expect(await logged(id, { date: "2026-02-20", number: 2 })).toMatchObject({ number: 2 });
    expect(await logged(id, { date: "2026-02-20" })).toMatchObject({ number: 4 });
  });

  it("a date after today is refused for its own reason, not as a conflict", async () => {
    const id = await episodeFrom("SD-3", "2026-03-01");
    expect(await refusal(log(id, { date: "2999-01-01" }))).toMatchObject({ status: 422, code: "invalid", fieldErrors: { date: ["The date cannot be after today. Choose today or an earlier day."] } });
    expect(await written(id)).toMatchObject({ sessions: 0 });
  });

  it("an episode cannot end before its last session", async () => {
    const id = await episodeFrom("SD-4", "2026-04-01");
    await logged(id, { date: "2026-04-15" });
    const error = await refusal(applyMutation(endEpisodeMutation, w.therapistA, { id, endDate: "2026-04-10" }, "en"));
    expect(error).toMatchObject({ status: 422, fieldErrors: { endDate: ["A session is logged after this date. Choose the date of the last session or a later day."] } });
    expect(await db.treatmentEpisode.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "active", endDate: null });
    expect(await endEpisode(w.therapistA, id, { endDate: "2026-04-15" })).toMatchObject({ status: "ended" });
  });
});
