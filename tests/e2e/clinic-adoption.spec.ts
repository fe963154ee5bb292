import type { Browser, Page } from "@playwright/test";
import { test, expect, loginAs } from "./fixtures";
import { setupCodeFor } from "@/lib/setup-code";
import { E2E_SECRET } from "../../playwright.config";
import { firstRunBaseURL, firstRunPort, startFirstRunServer, type FirstRunServer } from "./support/first-run-server";

// A clinic adopts Bordin from nothing, in the browser: an empty database with SEED_DEMO=false, setup,
// invitations with one-time passwords that must be replaced, a supervision pair, a therapist's first
// patient and session, a leaver deactivated mid-page, and their patient moved to a colleague who then
// reads its history. Its own server and port, beside first-run.spec's.
const port = firstRunPort() + 1;
const baseURL = firstRunBaseURL(port);
test.use({ baseURL });
test.describe.configure({ mode: "serial" });

let server: FirstRunServer;
test.beforeAll(async () => {
  test.setTimeout(150_000);
  server = await startFirstRunServer({ port });
});
test.afterAll(async () => {
  await server?.stop();
});

const ADMIN = { name: "Astrid Leder", email: "astrid@lia.example", password: "lia klinikk i lyse lier" };
type Invited = { name: string; email: string; role: "Therapist" | "Supervisor"; password: string; oneTime?: string };
const tina: Invited = { name: "Tina Terapeut", email: "tina@lia.example", role: "Therapist", password: "tina sin egen setning" };
const rolf: Invited = { name: "Rolf Mottaker", email: "rolf@lia.example", role: "Therapist", password: "rolf tar over i dag" };
const sven: Invited = { name: "Sven Veileder", email: "sven@lia.example", role: "Supervisor", password: "sven veileder hver uke" };
const CODE = "LIA-001";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: "bordin-locale", value: "en", url: baseURL }]);
  return context.newPage();
}

/** Logs in with the one-time password, is held on the account page until it is replaced, replaces it. */
async function firstLogin(page: Page, user: Invited) {
  await loginAs(page, user.email, user.oneTime!);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/account$/);
  expect((await page.request.get("/api/v1/patients")).status()).toBe(403);
  await page.getByLabel("Current password").fill(user.oneTime!);
  await page.getByLabel("New password").fill(user.password);
  await page.getByLabel("Repeat the password").fill(user.password);
  await page.locator("form", { has: page.getByLabel("Current password") }).getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();
}

test("a clinic starts from an empty database and runs: setup, invitations, supervision, a leaver's patient moved", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.context().addCookies([{ name: "bordin-locale", value: "en", url: baseURL }]);

  // Setup: every page leads to it; it makes the clinic and its administrator, then is gone.
  await page.goto("/caseload");
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Setup code").fill(setupCodeFor(E2E_SECRET));
  await page.getByLabel("Clinic name").fill("Lia klinikk");
  await page.getByLabel("English").check();
  await page.getByLabel("Your name").fill(ADMIN.name);
  await page.getByLabel("Your email address").fill(ADMIN.email);
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Repeat the password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create clinic" }).click();
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible();
  expect((await page.request.get("/setup")).status()).toBe(404);

  // Invitations: each one-time password is shown once, to be passed on.
  for (const user of [tina, rolf, sven]) {
    await page.goto("/admin/users/new");
    await page.getByLabel("Name").fill(user.name);
    await page.getByLabel("Email").fill(user.email);
    for (const role of ["Therapist", "Supervisor"] as const) await page.getByLabel(role, { exact: true }).setChecked(role === user.role);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(`The account for ${user.name} is ready.`)).toBeVisible();
    user.oneTime = (await page.getByTestId("one-time-password").textContent())!;
    expect(user.oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  }

  // Each invited user must replace the one-time password before anything else.
  const tinaPage = await newPage(browser);
  await firstLogin(tinaPage, tina);
  const svenPage = await newPage(browser);
  await firstLogin(svenPage, sven);
  const rolfPage = await newPage(browser);
  await firstLogin(rolfPage, rolf);

  // The admin pairs Sven with Tina.
  await page.goto("/admin/supervision");
  await page.getByRole("combobox", { name: "Supervisor" }).selectOption({ label: `${sven.name} (${sven.email})` });
  await page.getByRole("combobox", { name: "Therapist" }).selectOption({ label: `${tina.name} (${tina.email})` });
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("The pair was added.")).toBeVisible();
  await svenPage.goto("/supervision");
  await expect(svenPage.getByRole("main")).toContainText(tina.name);

  // Tina adds a patient and logs a session.
  await tinaPage.goto("/caseload");
  await tinaPage.getByRole("link", { name: "New patient" }).click();
  await tinaPage.getByLabel("Patient code").fill(CODE);
  await tinaPage.getByLabel("Modality").selectOption("cbt");
  await tinaPage.getByRole("button", { name: "Create patient" }).click();
  await expect(tinaPage.getByRole("heading", { level: 1, name: new RegExp(CODE) })).toBeVisible();
  const episodeUrl = new URL(tinaPage.url()).pathname;
  await tinaPage.getByRole("link", { name: "Log a session" }).click();
  await tinaPage.getByRole("button", { name: "Save session", exact: true }).click();
  await expect(tinaPage.getByRole("link", { name: "Hand to patient" })).toBeVisible();

  // Tina leaves: deactivated, her open page ends at its next request.
  await page.goto("/admin/users");
  await page.getByRole("link", { name: `Edit ${tina.name}` }).click();
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByText("The account is deactivated: the user cannot log in.")).toBeVisible();
  await tinaPage.getByRole("link", { name: "Caseload" }).click();
  await expect(tinaPage).toHaveURL(/\/login/);

  // Her patient, picked by code alone, goes to Rolf, who then reads its whole history.
  await page.goto("/admin/patients");
  const row = page.getByRole("row", { name: new RegExp(CODE) });
  await expect(row).toContainText(tina.name);
  await page.getByLabel(`Move patient ${CODE} to`).selectOption({ label: rolf.name });
  await page.getByRole("button", { name: `Move patient ${CODE}` }).click();
  await expect(page.getByText("1 patient was moved.")).toBeVisible();
  expect((await page.goto(episodeUrl))!.status()).toBe(404);

  await rolfPage.goto("/caseload");
  await expect(rolfPage.getByRole("row", { name: new RegExp(CODE) })).toBeVisible();
  await rolfPage.goto(episodeUrl);
  await expect(rolfPage.getByRole("heading", { level: 1, name: new RegExp(CODE) })).toBeVisible();
  await expect(rolfPage.getByRole("link", { name: "Log a session" })).toBeVisible();
  await expect(rolfPage.getByRole("rowheader", { name: "1", exact: true })).toHaveCount(1);
  for (const p of [tinaPage, svenPage, rolfPage]) await p.context().close();
});
