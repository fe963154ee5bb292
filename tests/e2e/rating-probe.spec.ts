import type { APIResponse, Page } from "@playwright/test";
import { apiPost, test, expect, loginAs } from "./fixtures";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { createPrismaClient } from "@/lib/prisma-client";
import { createEpisode, createPatient, createSession } from "@/prisma/factories";

// The security probe's findings on the patient forms, over real HTTP: the flash cookie of a plain
// POST stays small whatever is sent, a double-tapped Send is one rating and a thank-you page, and a
// link's submissions are rate limited with a message on the form.
const db = createPrismaClient(E2E_DATABASE_URL);

/** A fresh session of a new patient of the demo therapist, with an open rating link. */
async function openLink(page: Page) {
  const therapist = await db.user.findUniqueOrThrow({ where: { email: "therapist@demo.bordin" } });
  const patient = await createPatient(db, { clinicId: therapist.clinicId, therapistId: therapist.id });
  const episode = await createEpisode(db, { clinicId: therapist.clinicId, patientId: patient.id, therapistId: therapist.id, startDate: new Date() });
  const session = await createSession(db, { clinicId: therapist.clinicId, episodeId: episode.id, number: 1, date: new Date() });
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  const link = await (await apiPost(page.request, `/api/v1/sessions/${session.id}/rating-link`)).json();
  return { sessionId: session.id, token: link.token as string, code: link.code as string };
}

function setCookies(res: APIResponse): string[] {
  return res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
}

test.describe("the flash cookie of a plain POST", () => {
  test("stays under 4 kB with a 100 kB token, comment, code or pile of extra fields, and never echoes an invalid token", async ({ page, request }) => {
    const { token } = await openLink(page);
    const big = (c: string) => c.repeat(100_000);
    const extra = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`field${i}`, "y".repeat(1000)]));
    const posts = [
      ["/r/submit", { source: "link", token: big("t") }],
      ["/r/submit", { source: "link", token: `${big("t")}/..` }],
      ["/r/submit", { source: "link", token, "answers.bond": "3", comment: big("x") }],
      ["/r/submit", { source: "link", token, ...extra }],
      ["/r/submit", { source: "link", token, [`answers.${big("y")}`]: "3" }],
      ["/r/code", { code: big("y") }],
    ] as const;
    for (const [path, form] of posts) {
      const res = await request.post(path, { form, maxRedirects: 0 });
      expect(res.status()).toBe(303);
      const flash = setCookies(res).filter((c) => c.startsWith("bordin-rating-flash="));
      expect(flash).toHaveLength(1);
      expect(flash[0].length).toBeLessThan(4096);
      // Neither the invalid token nor unknown fields are echoed; a comment is kept up to its maximum.
      expect(flash[0]).not.toContain("t".repeat(64));
      expect(flash[0]).not.toContain("y".repeat(64));
      expect(flash[0]).not.toContain("x".repeat(1001));
    }
  });
});

test("a double-tapped Send (the same form twice) stores one rating and shows the thank-you page each time", async ({ page, browser, baseURL }) => {
  const { token, sessionId } = await openLink(page);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await context.addCookies([{ name: "bordin-locale", value: "en", url: baseURL! }]);
  const patient = await context.newPage();
  await patient.goto(`/r/${token}`);
  const key = await patient.locator("input[name='idempotencyKey']").inputValue();
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const form = { source: "link", token, idempotencyKey: key, "answers.bond": "7", "answers.goals": "6", "answers.tasks": "5", difficulty: "none" };
  const taps = await Promise.all([1, 2].map(() => patient.request.post("/r/submit", { form, maxRedirects: 0 })));
  expect(taps.map((r) => [r.status(), r.headers()["location"]])).toEqual([[303, "/r/thanks"], [303, "/r/thanks"]]);
  // The page's own Send button: the third tap of the same form.
  await patient.getByRole("radiogroup", { name: /anything difficult/ }).getByLabel("No", { exact: true }).check();
  await patient.getByRole("button", { name: "Send my answers" }).click();
  await expect(patient.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  // Another form of the same link is refused, with the neutral message.
  const other = await patient.request.post("/r/submit", { form: { ...form, idempotencyKey: "another-form-key" }, maxRedirects: 0 });
  expect(other.headers()["location"]).toBe(`/r/${token}`);
  expect(await db.patientRating.count({ where: { sessionId } })).toBe(1);
  await context.close();
});

test("after 20 refused submissions to a link the form says to wait", async ({ page, browser, baseURL }) => {
  const { token, sessionId } = await openLink(page);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await context.addCookies([{ name: "bordin-locale", value: "en", url: baseURL! }]);
  const patient = await context.newPage();
  for (let i = 0; i < 20; i++) {
    const res = await patient.request.post("/r/submit", { form: { source: "link", token, "answers.bond": "3" }, maxRedirects: 0 });
    expect(res.status()).toBe(303);
  }
  await patient.goto(`/r/${token}`);
  await patient.getByLabel(/Anything else you want to say/).fill("Kept text");
  await patient.getByRole("button", { name: "Send my answers" }).click();
  await expect(patient.getByText("Too many attempts. Wait 15 minutes and try again.")).toBeVisible();
  await expect(patient.getByLabel(/Anything else you want to say/)).toHaveValue("Kept text");
  expect(await db.patientRating.count({ where: { sessionId } })).toBe(0);
  await context.close();
});
