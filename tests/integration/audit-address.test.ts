import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { createSession } from "@/prisma/factories";
import { twoClinics } from "@/tests/support/world";
import { createRatingLink } from "@/lib/data/rating-links";
import { POST } from "@/app/api/v1/ratings/[token]/route";

// Audit events carry the address the custom server saw (x-bordin-client-address), never a
// client's X-Forwarded-For. The HTTP-level check against the real server is tests/e2e/login-throttle.spec.ts.
const db = createPrismaClient();
let w: Awaited<ReturnType<typeof twoClinics>>;
let sessionNumber = 0;
beforeAll(async () => {
  w = await twoClinics(db);
});

async function submitWith(headers: Record<string, string>) {
  const session = await createSession(db, { clinicId: w.clinicA.id, episodeId: w.episodeA.id, number: ++sessionNumber, date: new Date("2026-02-01") });
  const { token } = await createRatingLink(w.therapistA, session.id);
  const req = new Request(`http://localhost/api/v1/ratings/${token}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ answers: { bond: 8, goals: 7, tasks: 9 }, difficulty: "none" }),
  });
  expect((await POST(req, { params: Promise.resolve({ token }) })).status).toBe(201);
  const rating = await db.patientRating.findUniqueOrThrow({ where: { sessionId: session.id } });
  const event = await db.auditEvent.findFirstOrThrow({ where: { action: "rating.submit", entityId: rating.id } });
  return event.ip;
}

describe("the address in audit events", () => {
  it("is the server's own header, not a spoofed X-Forwarded-For or X-Real-IP", async () => {
    expect(await submitWith({ "x-bordin-client-address": "198.51.100.7", "x-forwarded-for": "9.9.9.9", "x-real-ip": "9.9.9.9" })).toBe("198.51.100.7");
  });

  it("is 'unknown' when the request did not come through the server, whatever X-Forwarded-For says", async () => {
    expect(await submitWith({ "x-forwarded-for": "9.9.9.9" })).toBe("unknown");
  });
});
