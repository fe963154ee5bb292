import type { Page } from "@playwright/test";
import { test, expect, loginAs, expectNoAxeViolations, apiPost } from "./fixtures";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { createPrismaClient } from "@/lib/prisma-client";
import { readFileSync } from "node:fs";
import { todayIso } from "@/lib/validation/form-input";

// The therapist's forms answered with every field wrong, in both languages: each message is ours
// (written for that field, never the validation library's), the values stay as typed, the focus
// is on the error summary at the top, which links to each field, and the error state passes axe.
const db = createPrismaClient(E2E_DATABASE_URL);
// The catalogues as files (Playwright's loader takes no JSON modules); placeholders filled as the app does for these values.
const messages = (locale: string, file: string) => JSON.parse(readFileSync(`lib/i18n/messages/${locale}/${file}.json`, "utf8")) as Record<string, Record<string, string>>;
const fill = (text: string, values: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
const ZOD_PHRASES = /Invalid input|Too big|Too small|expected|Ugyldig|For stor|For lite|forventet/;
const DAY = 86_400_000;
const dayFrom = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);

/** The summary's links as [text, target], in order. */
async function summaryLinks(page: Page, id: string) {
  const links = page.locator(`#${id} a`);
  return Promise.all((await links.all()).map(async (a) => [(await a.textContent())?.trim(), await a.getAttribute("href")]));
}

async function expectFieldMessage(page: Page, field: string, message: string) {
  await expect(page.locator(`#${field}`)).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${field}`)).toHaveAttribute("aria-describedby", new RegExp(`\\b${field}-error\\b`));
  await expect(page.locator(`#${field}-error`)).toHaveText(message);
}

for (const locale of ["en", "nb"] as const) {
  const { workspaceErrors } = messages(locale, "workspace");
  const say = (key: string, values?: Record<string, string | number>) => fill(workspaceErrors[key], values);

  test(`new-patient and session forms with every field wrong (${locale})`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    await page.context().addCookies([{ name: "bordin-locale", value: locale, url: baseURL! }]);
    await loginAs(page, "therapist5@demo.bordin");
    await expect(page).toHaveURL(/\/caseload$/);

    // New patient: a code with a character it does not take, a year to come, nine goals, no start date.
    await page.goto("/patients/new");
    const goals = Array.from({ length: 9 }, (_, i) => `Goal ${i + 1}`).join("\n");
    await page.locator("#code").fill("-FE");
    await page.locator("#birthYear").fill("3000");
    await page.locator("#modality").selectOption("psychodynamic");
    await page.locator("#goals").fill(goals);
    await page.locator("#startDate").fill("");
    await page.locator('form:has(#code) button[type="submit"]').click();
    const patientSummary = page.locator("#patient-errors");
    await expect(patientSummary).toBeFocused();
    await expect(patientSummary.getByRole("heading", { level: 2 })).toHaveText(workspaceErrors.summary);
    const patientMessages: [string, string][] = [
      ["code", say("codeFormat")],
      ["birthYear", say("birthYearRange", { max: Number(todayIso().slice(0, 4)) })],
      ["goals", say("goalsList")],
      ["startDate", say("startDateRequired")],
    ];
    expect(await summaryLinks(page, "patient-errors")).toEqual(patientMessages.map(([field, message]) => [message, `#${field}`]));
    for (const [field, message] of patientMessages) {
      expect(message).not.toMatch(ZOD_PHRASES);
      await expectFieldMessage(page, field, message);
    }
    await expect(page.locator("#code")).toHaveValue("-FE");
    await expect(page.locator("#birthYear")).toHaveValue("3000");
    await expect(page.locator("#modality")).toHaveValue("psychodynamic");
    await expect(page.locator("#goals")).toHaveValue(goals);
    await expect(page.locator("#startDate")).toHaveValue("");
    await expectNoAxeViolations(page);
    // A link of the summary takes the focus to its field.
    await patientSummary.getByRole("link", { name: say("birthYearRange", { max: Number(todayIso().slice(0, 4)) }) }).click();
    await expect(page.locator("#birthYear")).toBeFocused();

    const start = dayFrom(todayIso(), -30);
    await page.locator("#code").fill(`FE-${locale}`);
    await page.locator("#birthYear").fill("1980");
    await page.locator("#goals").fill("Sleep through the night");
    await page.locator("#startDate").fill(start);
    await page.locator('form:has(#code) button[type="submit"]').click();
    await expect(page).toHaveURL(/\/episodes\/[^/?]+$/);
    const episodeId = new URL(page.url()).pathname.split("/")[2];

    // Session: no date, a number in words, ratings out of range, a marker without its dimension.
    await page.goto(`/episodes/${episodeId}/sessions/new`);
    await page.locator("#date").fill("");
    await page.locator("#number").fill("abc");
    await page.locator("#therapistBond").fill("11");
    await page.locator("#therapistGoals").fill("-1");
    await page.locator("#therapistTasks").fill("12");
    await page.locator("#marker").selectOption("withdrawal");
    await page.locator("#strategy-metacommunicate").check();
    await page.locator("#note").fill("Short note");
    await page.locator('form:has(#date) button[type="submit"]').first().click();
    const sessionSummary = page.locator("#session-errors");
    await expect(sessionSummary).toBeFocused();
    const sessionMessages: [string, string][] = [
      ["date", say("sessionDateRequired")],
      ["number", say("sessionNumberRange")],
      ["therapistBond", say("therapistRatingRange")],
      ["therapistGoals", say("therapistRatingRange")],
      ["therapistTasks", say("therapistRatingRange")],
      ["markerDimension", say("dimensionRequired")],
    ];
    expect(await summaryLinks(page, "session-errors")).toEqual(sessionMessages.map(([field, message]) => [message, `#${field}`]));
    for (const [field, message] of sessionMessages) {
      expect(message).not.toMatch(ZOD_PHRASES);
      await expectFieldMessage(page, field, message);
    }
    for (const [field, value] of [["date", ""], ["number", "abc"], ["therapistBond", "11"], ["therapistGoals", "-1"], ["therapistTasks", "12"], ["marker", "withdrawal"], ["markerDimension", ""], ["note", "Short note"]]) {
      await expect(page.locator(`#${field}`), field).toHaveValue(value);
    }
    await expect(page.locator("#strategy-metacommunicate")).toBeChecked();
    await expectNoAxeViolations(page);

    // A date after today has its own message, not "changed by someone else"; so has one before the episode.
    await page.locator("#number").fill("");
    for (const id of ["therapistBond", "therapistGoals", "therapistTasks"]) await page.locator(`#${id}`).fill("8");
    await page.locator("#markerDimension").selectOption("bond");
    for (const [date, key] of [[dayFrom(todayIso(), 1), "dateInFuture"], [dayFrom(start, -10), "sessionBeforeEpisodeStart"]] as const) {
      await page.locator("#date").fill(date);
      await page.locator('form:has(#date) button[type="submit"]').first().click();
      await expect(sessionSummary).toBeFocused();
      expect(await summaryLinks(page, "session-errors")).toEqual([[say(key), "#date"]]);
      await expect(sessionSummary).not.toContainText(locale === "en" ? "changed by someone else" : "endret av noen andre");
      await expect(page.locator("#date")).toHaveValue(date);
    }
    await page.locator("#date").fill(start);
    await page.locator('form:has(#date) button[type="submit"]').first().click();
    await expect(page).toHaveURL(/\/episodes\/[^/?]+\?saved=/);

    // The REST API answers the same rule with 422 and the field's message, and writes nothing.
    const sessions = await db.session.count({ where: { episodeId } });
    const refused = await page.request.post(`/api/v1/episodes/${episodeId}/sessions`, { data: { date: dayFrom(start, -1) }, headers: { Origin: baseURL!, "Accept-Language": locale } });
    expect(refused.status()).toBe(422);
    expect(await refused.json()).toMatchObject({ error: "invalid", fieldErrors: { date: [say("sessionBeforeEpisodeStart")] } });
    expect(await db.session.count({ where: { episodeId } })).toBe(sessions);
    const typeErrors = await apiPost(page.request, `/api/v1/episodes/${episodeId}/sessions`, { date: 5, number: "x", therapistBond: true, marker: "loud", surplus: 1 });
    expect(typeErrors.status()).toBe(422);
    for (const messages of Object.values(((await typeErrors.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors)) {
      for (const message of messages) expect(message).not.toMatch(ZOD_PHRASES);
    }
  });

  test(`the short-code page asks to type the code when it is empty (${locale})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies([{ name: "bordin-locale", value: locale, url: baseURL! }]);
    const patient = await context.newPage();
    await patient.goto("/r");
    await patient.locator('form:has(#code) button[type="submit"]').click();
    await expect(patient.locator("#code-error")).toHaveText(messages(locale, "rating").codeEntry.empty);
    await context.close();
  });
}
