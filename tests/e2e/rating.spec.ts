import { devices, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { test, expect, loginAs, expectNoAxeViolations, apiPost, DEMO_PASSWORD } from "./fixtures";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { createPrismaClient } from "@/lib/prisma-client";
import { createEpisode, createPatient, createSession } from "@/prisma/factories";

// The patient's rating from a phone: link, QR/short code, hand-over, with and without JavaScript.
const phone = devices["Pixel 7"];
test.use({ ...phone });

const db = createPrismaClient(E2E_DATABASE_URL);
const ITEMS = ["Today I felt safe and respected with my therapist", "We agree on what we are working towards", "What we did today made sense to me"];

/** A fresh session of a new patient of the demo therapist. */
async function freshSession() {
  const therapist = await db.user.findUniqueOrThrow({ where: { email: "therapist@demo.bordin" } });
  const patient = await createPatient(db, { clinicId: therapist.clinicId, therapistId: therapist.id });
  const episode = await createEpisode(db, { clinicId: therapist.clinicId, patientId: patient.id, therapistId: therapist.id, startDate: new Date() });
  return createSession(db, { clinicId: therapist.clinicId, episodeId: episode.id, number: 1, date: new Date() });
}

/**
 * The therapist gets a link on the session's rating page and reads the URL and short code: "Create
 * rating link" when none is open, else "Withdraw this link and make a new one" and its confirm step.
 */
async function createLink(page: Page, sessionId: string) {
  await page.goto(`/sessions/${sessionId}/rating-link`);
  if (page.url().includes("/login")) {
    await loginAs(page, "therapist@demo.bordin");
    await expect(page).toHaveURL(/\/caseload$/);
    await page.goto(`/sessions/${sessionId}/rating-link`);
  }
  const replace = page.getByRole("link", { name: "Withdraw this link and make a new one" });
  if (await replace.isVisible()) {
    await replace.click();
    await page.getByRole("button", { name: "Withdraw it and make a new link" }).click();
  } else {
    await page.getByRole("button", { name: "Create rating link" }).click();
  }
  const url = page.getByLabel("Link", { exact: true });
  await expect(url).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("img", { name: "QR code for the rating link" }).locator("svg")).toBeVisible();
  return { url: await url.inputValue(), code: (await page.getByTestId("rating-code").textContent())! };
}

/** A phone of the patient's own: no therapist cookies. */
async function patientPhone(browser: Browser, baseURL: string, javaScriptEnabled = true, locale: "en" | "nb" = "en"): Promise<BrowserContext> {
  const context = await browser.newContext({ ...phone, javaScriptEnabled, baseURL });
  await context.addCookies([{ name: "bordin-locale", value: locale, url: baseURL }]);
  return context;
}

/** One 0–10 item: its radio group, named by the question. */
const item = (page: Page, index: number) => page.getByRole("radiogroup", { name: ITEMS[index] });
const choose = (page: Page, index: number, value: number) => item(page, index).getByLabel(String(value), { exact: true }).check();

async function fillRating(page: Page, answers = [8, 7, 9], difficulty = "A little", talked = "Partly") {
  for (const [i, value] of answers.entries()) await choose(page, i, value);
  await page.getByRole("radiogroup", { name: /anything difficult/ }).getByLabel(difficulty, { exact: true }).check();
  if (difficulty !== "No") await page.getByRole("radiogroup", { name: "Did you talk about it?" }).getByLabel(talked, { exact: true }).check();
  await page.getByLabel(/Anything else you want to say/).fill("Good session");
}

/** The stored rating: the answers as given and the 0–100 scores made from them. */
async function stored(sessionId: string) {
  const rating = await db.patientRating.findUniqueOrThrow({ where: { sessionId } });
  return { answers: JSON.parse(rating.answers) as unknown, bond: rating.bond, goals: rating.goals, tasks: rating.tasks, difficulty: rating.difficulty, talkedAbout: rating.talkedAbout, comment: rating.comment };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`rating link with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test("therapist creates a link, the patient submits it once, the therapist sees the rating", async ({ page, browser, baseURL }) => {
      const session = await freshSession();
      const { url } = await createLink(page, session.id);
      const context = await patientPhone(browser, baseURL!, javaScriptEnabled);
      // The phone fetches no script on any of the patient's pages (plain HTML, docs/decisions/0009).
      const scripts: string[] = [];
      context.on("request", (r) => void (r.resourceType() === "script" && scripts.push(r.url())));
      const patient = await context.newPage();
      const response = await patient.goto(url);
      expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
      await expect(patient.getByRole("heading", { level: 1, name: "Rate today's session" })).toBeVisible();
      // Every item starts unanswered; "did you talk about it?" waits for "a little" or "a lot" (CSS).
      await expect(patient.locator('input[name^="answers."]:checked')).toHaveCount(0);
      await expect(patient.getByRole("radiogroup", { name: "Did you talk about it?" })).toBeHidden();
      // A second tab with the same form, to try a second submission after the first.
      const second = await context.newPage();
      await second.goto(url);
      await fillRating(patient);
      await patient.getByRole("button", { name: "Send my answers" }).click();
      await expect(patient.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
      expect(await stored(session.id)).toEqual({ answers: { bond: 8, goals: 7, tasks: 9 }, bond: 80, goals: 70, tasks: 90, difficulty: "some", talkedAbout: "partly", comment: "Good session" });

      await fillRating(second, [1, 1, 1], "No");
      await second.getByRole("button", { name: "Send my answers" }).click();
      // Another form (another idempotency key) on a used link: the neutral answer, never "different
      // answers"; the page itself now says the link is used.
      await expect(second.getByRole("heading", { level: 1, name: "Already answered" })).toBeVisible();
      await patient.goto(url);
      await expect(patient.getByRole("heading", { level: 1, name: "Already answered" })).toBeVisible();
      expect(await db.patientRating.count({ where: { sessionId: session.id } })).toBe(1);
      expect(scripts).toEqual([]);

      await page.reload();
      await expect(page.getByText("The patient's rating has arrived.")).toBeVisible();
      const scores = page.locator(".rating-scores");
      await expect(scores).toContainText("Bond80 of 100");
      await expect(scores).toContainText("Goals70 of 100");
      await expect(scores).toContainText("Tasks90 of 100");
      await expect(scores).toContainText("Anything difficultA little");
      await expect(scores).toContainText("Talked about itPartly");
      await expect(scores).toContainText("Good session");
      await context.close();
    });

    for (const locale of ["en", "nb"] as const) {
      test(`an untouched item is refused at that item (${locale}), the other answers stay, then exactly the chosen values are stored`, async ({ page, browser, baseURL }) => {
        const session = await freshSession();
        const { url } = await createLink(page, session.id);
        const context = await patientPhone(browser, baseURL!, javaScriptEnabled, locale);
        const patient = await context.newPage();
        await patient.goto(url);
        const words = locale === "en"
          ? { no: "No", send: "Send my answers", comment: /Anything else you want to say/, missing: "Please answer question 2", thanks: "Thank you", goals: ITEMS[1], tasks: ITEMS[2] }
          : { no: "Nei", send: "Send svarene mine", comment: /noe annet du vil si/i, missing: "Svar på spørsmål 2", thanks: "Takk", goals: /enige om hva vi jobber mot/, tasks: /Det vi gjorde i dag/ };
        const group = (name: string | RegExp) => patient.getByRole("radiogroup", { name });
        await group(locale === "en" ? ITEMS[0] : /trygg og respektert/).getByLabel("3", { exact: true }).check();
        await group(words.tasks).getByLabel("10", { exact: true }).check();
        await group(locale === "en" ? /anything difficult/ : /vanskelig mellom/).getByLabel(words.no, { exact: true }).check();
        await patient.getByLabel(words.comment).fill("Kept text");
        await patient.getByRole("button", { name: words.send }).click();
        // Refused: nothing stored; the message is at the untouched item, focus on the summary that links to it.
        const summary = patient.locator("#rating-errors");
        await expect(summary).toBeFocused();
        await expect(summary.getByRole("link", { name: new RegExp(words.missing) })).toHaveAttribute("href", "#answers-goals");
        await expect(group(words.goals)).toHaveAttribute("aria-invalid", "true");
        await expect(group(words.goals).locator(".field-error")).toContainText(words.missing);
        await expect(group(words.tasks)).not.toHaveAttribute("aria-invalid", "true");
        expect(await db.patientRating.count({ where: { sessionId: session.id } })).toBe(0);
        // What was chosen and written stays.
        await expect(patient.locator('input[name="answers.bond"]:checked')).toHaveValue("3");
        await expect(patient.locator('input[name="answers.tasks"]:checked')).toHaveValue("10");
        await expect(patient.locator('input[name="answers.goals"]:checked')).toHaveCount(0);
        await expect(patient.locator('input[name="difficulty"]:checked')).toHaveValue("none");
        await expect(patient.getByLabel(words.comment)).toHaveValue("Kept text");
        await summary.getByRole("link", { name: new RegExp(words.missing) }).click();
        await expect(patient).toHaveURL(/#answers-goals$/);
        await group(words.goals).getByLabel("0", { exact: true }).check();
        await patient.getByRole("button", { name: words.send }).click();
        await expect(patient.getByRole("heading", { level: 1, name: words.thanks })).toBeVisible();
        expect(await stored(session.id)).toEqual({ answers: { bond: 3, goals: 0, tasks: 10 }, bond: 30, goals: 0, tasks: 100, difficulty: "none", talkedAbout: null, comment: "Kept text" });
        await context.close();
      });
    }

    test("the short code typed at /r leads to the form", async ({ page, browser, baseURL }) => {
      const session = await freshSession();
      const { code } = await createLink(page, session.id);
      const context = await patientPhone(browser, baseURL!, javaScriptEnabled);
      const patient = await context.newPage();
      await patient.goto("/r");
      await patient.getByLabel("Code", { exact: true }).fill("3333 4444");
      await patient.getByRole("button", { name: "Continue" }).click();
      await expect(patient.getByText("That code does not work.")).toBeVisible();
      await patient.getByLabel("Code", { exact: true }).fill(` ${code.toLowerCase().replace("-", " - ")} `);
      await patient.getByRole("button", { name: "Continue" }).click();
      await expect(patient).toHaveURL(/\/r\/form$/);
      await fillRating(patient, [6, 6, 6], "No");
      await patient.getByRole("button", { name: "Send my answers" }).click();
      await expect(patient.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
      expect(await db.patientRating.count({ where: { sessionId: session.id } })).toBe(1);
      // A used code gets the same neutral answer as an unknown one.
      await patient.goto("/r");
      await patient.getByLabel("Code", { exact: true }).fill(code);
      await patient.getByRole("button", { name: "Continue" }).click();
      await expect(patient.getByText("That code does not work.")).toBeVisible();
      await context.close();
    });
  });
}

test("expired and revoked links are refused", async ({ page, browser, baseURL }) => {
  const session = await freshSession();
  const first = await createLink(page, session.id);
  const second = await createLink(page, session.id);
  const context = await patientPhone(browser, baseURL!);
  const patient = await context.newPage();
  await patient.goto(first.url);
  await expect(patient.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  await page.getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByText("The latest link was revoked.")).toBeVisible();
  await patient.goto(second.url);
  await expect(patient.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  const third = await createLink(page, session.id);
  await db.ratingLink.updateMany({ where: { sessionId: session.id, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  await patient.goto(third.url);
  await expect(patient.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  const token = third.url.split("/r/")[1];
  const res = await patient.request.post(`/api/v1/ratings/${token}`, { data: { answers: { bond: 5, goals: 5, tasks: 5 }, difficulty: "none" } });
  expect(res.status()).toBe(410);
  expect(await db.patientRating.count({ where: { sessionId: session.id } })).toBe(0);
  await context.close();
});

test("REST: create a link (201), submit (201), retry with its key (200), without it (410), unknown (404), invalid (422)", async ({ page, request }) => {
  const session = await freshSession();
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  const created = await apiPost(page.request, `/api/v1/sessions/${session.id}/rating-link`);
  expect(created.status()).toBe(201);
  const link = await created.json();
  expect(Object.keys(link).sort()).toEqual(["code", "expiresAt", "token", "url"]);
  expect((await request.post(`/api/v1/sessions/${session.id}/rating-link`)).status()).toBe(401);
  const body = { answers: { bond: 9, goals: 8, tasks: 7 }, difficulty: "some", talkedAbout: "yes" };
  const key = { "Idempotency-Key": "e2e-rest-retry-1" };
  const post = (data: unknown, headers: Record<string, string> = {}, token = link.token) => request.post(`/api/v1/ratings/${token}`, { data, headers });
  expect((await post({ answers: { bond: 11 }, difficulty: "none" }, key)).status()).toBe(422);
  expect((await post(body, key)).status()).toBe(201);
  expect((await post(body, key)).status()).toBe(200);
  // Without the key a used link answers the same whatever the body: the stored answers cannot be probed.
  const same = await post(body);
  const changed = await post({ ...body, comment: "changed" });
  expect([same.status(), changed.status()]).toEqual([410, 410]);
  expect(await same.text()).toBe(await changed.text());
  expect((await post(body, {}, "A".repeat(43))).status()).toBe(404);
  expect(await db.patientRating.count({ where: { sessionId: session.id } })).toBe(1);
});

test("over real HTTP, 50 concurrent submissions of one token and key store one rating and answer one 201", async ({ page, request }) => {
  const session = await freshSession();
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  const link = await (await apiPost(page.request, `/api/v1/sessions/${session.id}/rating-link`)).json();
  const body = { answers: { bond: 6, goals: 7, tasks: 8 }, difficulty: "none" };
  const headers = { "Idempotency-Key": "e2e-concurrent-1" };
  const statuses = await Promise.all(Array.from({ length: 50 }, () => request.post(`/api/v1/ratings/${link.token}`, { data: body, headers }).then((r) => r.status())));
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  // Every other answer says the rating is already safe (a retry with the same key), none is an error.
  expect(statuses.filter((s) => s === 200)).toHaveLength(49);
  expect(await db.patientRating.count({ where: { sessionId: session.id } })).toBe(1);
});

test("tablet hand-over: only the form, then a locked screen that needs the therapist's password", async ({ page }) => {
  const session = await freshSession();
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  await page.goto(`/sessions/${session.id}/handover`);
  // From the hand-over on, the tablet fetches no script until the therapist unlocks it.
  const scripts: string[] = [];
  const countScripts = (r: { resourceType(): string; url(): string }) => void (r.resourceType() === "script" && scripts.push(r.url()));
  await page.getByRole("button", { name: "Hand to patient" }).click();
  await expect(page).toHaveURL(/\/handover$/);
  page.on("request", countScripts);
  await expect(page.getByRole("button", { name: "Log out" })).toHaveCount(0);
  await fillRating(page, [5, 6, 7], "No");
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page).toHaveURL(/\/locked\?done=1$/);
  expect(await stored(session.id)).toEqual({ answers: { bond: 5, goals: 6, tasks: 7 }, bond: 50, goals: 60, tasks: 70, difficulty: "none", talkedAbout: null, comment: "Good session" });
  await expect(page.getByText("Thank you! Your answers have been sent.")).toBeVisible();
  await page.goto("/caseload");
  await expect(page).toHaveURL(/\/locked$/);
  await page.getByLabel("Therapist's password").fill("wrong-password");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText("Wrong password.")).toBeVisible();
  page.off("request", countScripts);
  expect(scripts).toEqual([]);
  await page.getByLabel("Therapist's password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${session.id}/rating-link$`));
  await expect(page.getByText("The patient's rating has arrived.")).toBeVisible();
});

for (const locale of ["en", "nb"] as const) {
  test(`the patient's pages have no axe violations (${locale}): code entry, the form, its refusal, the thank-you page`, async ({ page, browser, baseURL }) => {
    const session = await freshSession();
    const { url } = await createLink(page, session.id);
    const context = await patientPhone(browser, baseURL!, true, locale);
    const patient = await context.newPage();
    await patient.goto("/r");
    await expectNoAxeViolations(patient);
    await patient.goto(url);
    await expectNoAxeViolations(patient);
    // "A lot" brings up "did you talk about it?"; sending without the items is refused.
    await patient.locator("#difficulty-a-lot").check();
    await expect(patient.locator("#talkedAbout")).toBeVisible();
    await patient.locator(".rating-submit").click();
    await expect(patient.locator("#rating-errors")).toBeFocused();
    await expect(patient.locator('[role="radiogroup"][aria-invalid="true"]')).toHaveCount(3);
    await expectNoAxeViolations(patient);
    for (const id of ["bond", "goals", "tasks"]) await patient.locator(`#answers-${id}-7`).check();
    await patient.locator(".rating-submit").click();
    await expect(patient).toHaveURL(/\/r\/thanks$/);
    await expectNoAxeViolations(patient);
    expect(await stored(session.id)).toMatchObject({ answers: { bond: 7, goals: 7, tasks: 7 }, difficulty: "a-lot", talkedAbout: null });
    await context.close();
  });
}
