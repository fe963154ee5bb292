import type { Page } from "@playwright/test";
import { test, expect, loginAs, expectNoAxeViolations } from "./fixtures";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { createPrismaClient } from "@/lib/prisma-client";
import { createEpisode, createPatient } from "@/prisma/factories";

// One step from a logged session to a link the patient can scan: "Save and get rating link" saves
// and lands on the page showing the link and its QR code. Opening the page never makes a link; an
// open link is kept by "Get rating link", and replacing it asks first. With JavaScript on and off.
const db = createPrismaClient(E2E_DATABASE_URL);

/** A new patient of the demo therapist with an active episode; returns the episode's id. */
async function freshEpisode(): Promise<string> {
  const therapist = await db.user.findUniqueOrThrow({ where: { email: "therapist@demo.bordin" } });
  const patient = await createPatient(db, { clinicId: therapist.clinicId, therapistId: therapist.id });
  const episode = await createEpisode(db, { clinicId: therapist.clinicId, patientId: patient.id, therapistId: therapist.id, startDate: new Date("2026-01-05") });
  return episode.id;
}

const linkField = (page: Page) => page.getByLabel("Link", { exact: true });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`rating link in one step with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("'Save and get rating link' ends on the page with the link and its QR code; the open link is kept until a confirmed replace", async ({ page }) => {
      test.setTimeout(60_000);
      const episodeId = await freshEpisode();
      await loginAs(page, "therapist@demo.bordin");
      await expect(page).toHaveURL(/\/caseload$/);
      await page.goto(`/episodes/${episodeId}/sessions/new`);
      // The therapist's own ratings start empty: an empty field is "not rated", nothing is preset.
      for (const name of ["Bond", "Goals", "Tasks"]) await expect(page.getByLabel(name, { exact: true })).toHaveValue("");
      await page.getByLabel("Bond", { exact: true }).fill("7");
      await page.getByRole("button", { name: "Save and get rating link" }).click();

      await expect(page).toHaveURL(/\/sessions\/[^/?]+\/rating-link$/);
      const sessionId = page.url().split("/sessions/")[1].split("/")[0];
      await expect(linkField(page)).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
      await expect(page.getByRole("img", { name: "QR code for the rating link" }).locator("svg")).toBeVisible();
      await expect(page.getByTestId("rating-code")).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      const first = await linkField(page).inputValue();
      const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
      expect([session.therapistBond, session.therapistGoals, session.therapistTasks]).toEqual([70, null, null]);
      expect(await db.ratingLink.count({ where: { sessionId } })).toBe(1);
      // The patient's address is the one the therapist's browser used, also right after the redirect.
      expect(new URL(first).origin).toBe(new URL(page.url()).origin);
      // axe runs in the page, so only with JavaScript on.
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Opening the page again writes nothing and still shows the link (for a while, in this browser only).
      await page.goto(`/sessions/${sessionId}/rating-link`);
      await expect(linkField(page)).toHaveValue(first);
      expect(await db.ratingLink.count({ where: { sessionId } })).toBe(1);

      // "Get rating link" after a save keeps the open link: a patient may already have scanned it.
      await page.goto(`/episodes/${episodeId}?saved=${sessionId}`);
      await page.getByRole("button", { name: "Get rating link" }).click();
      await expect(page).toHaveURL(new RegExp(`/sessions/${sessionId}/rating-link$`));
      await expect(linkField(page)).toHaveValue(first);
      expect(await db.ratingLink.count({ where: { sessionId } })).toBe(1);

      // Replacing is a secondary action that says what it does and asks first; "keep" changes nothing.
      await expect(page.getByText("The old link, its QR code and its short code stop working.")).toBeVisible();
      await page.getByRole("link", { name: "Withdraw this link and make a new one" }).click();
      await expect(page.getByRole("heading", { name: "Withdraw the open link and make a new one?" })).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.getByRole("link", { name: "Keep the current link" }).click();
      await expect(linkField(page)).toHaveValue(first);
      expect(await db.ratingLink.count({ where: { sessionId, revokedAt: null } })).toBe(1);
      await page.getByRole("link", { name: "Withdraw this link and make a new one" }).click();
      await page.getByRole("button", { name: "Withdraw it and make a new link" }).click();
      await expect(page).toHaveURL(new RegExp(`/sessions/${sessionId}/rating-link$`));
      await expect(linkField(page)).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
      const second = await linkField(page).inputValue();
      expect(second).not.toBe(first);
      expect(await db.ratingLink.count({ where: { sessionId } })).toBe(2);
      expect(await db.ratingLink.count({ where: { sessionId, revokedAt: null } })).toBe(1);
      await page.goto(first);
      await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
    });
  });
}

test("an open link this browser was not given is not shown again; the page offers to replace it", async ({ page, browser, baseURL }) => {
  const episodeId = await freshEpisode();
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  await page.goto(`/episodes/${episodeId}/sessions/new`);
  await page.getByRole("button", { name: "Save and get rating link" }).click();
  await expect(linkField(page)).toHaveValue(/\/r\//);
  const pagePath = new URL(page.url()).pathname;
  // The same therapist on another device (another browser context): the link is open, not shown.
  const other = await browser.newContext({ baseURL });
  const tablet = await other.newPage();
  await other.addCookies([{ name: "bordin-locale", value: "nb", url: baseURL! }]);
  await loginAs(tablet, "therapist@demo.bordin");
  await expect(tablet).toHaveURL(/\/caseload$/);
  await tablet.goto(pagePath);
  await expect(tablet.getByText("Denne lenken ble vist da den ble laget, og kan ikke vises igjen.", { exact: false })).toBeVisible();
  await expect(tablet.getByLabel("Lenke", { exact: true })).toHaveCount(0);
  await expect(tablet.getByRole("link", { name: "Trekk tilbake denne lenken og lag en ny" })).toBeVisible();
  await expectNoAxeViolations(tablet);
  await tablet.getByRole("link", { name: "Trekk tilbake denne lenken og lag en ny" }).click();
  await expectNoAxeViolations(tablet);
  await other.close();
});
