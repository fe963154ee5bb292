import type { Page } from "@playwright/test";
import { test, expect, loginAs, expectNoAxeViolations } from "./fixtures";
import { ROUTES } from "@/lib/route-registry";
import { callAction } from "./support/server-action";
import { setupCodeFor } from "@/lib/setup-code";
import { E2E_SECRET } from "../../playwright.config";
import { clinicAdd, firstRunBaseURL, startFirstRunServer, type FirstRunServer } from "./support/first-run-server";

// A new installation: an empty database with SEED_DEMO=false on a second server. Every page leads
// to /setup, which creates the clinic and its administrator once and then is gone; a user with a
// one-time password (from `npm run clinic:add`) can do nothing but replace it.
const baseURL = firstRunBaseURL();
test.use({ baseURL });
test.describe.configure({ mode: "serial" });

let server: FirstRunServer;
test.beforeAll(async () => {
  test.setTimeout(150_000);
  server = await startFirstRunServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const ADMIN = { name: "Kari Nordmann", email: "kari@fjord.example", password: "fjord og fjell i fire" };
const setLocale = (page: Page, locale: "nb" | "en") => page.context().addCookies([{ name: "bordin-locale", value: locale, url: baseURL }]);
const pagePath = (path: string) => path.replace("[id]", "c0000000000000000000000000").replace("[token]", "A".repeat(43));

test("before setup every page leads to /setup, and the API answers as usual", async ({ page, request }) => {
  const pages = ROUTES.filter((r) => r.kind === "page" && r.path !== "/setup").map((r) => pagePath(r.path));
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/setup$/);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Set up Bordin" })).toBeVisible();
  expect((await request.get("/api/v1/patients")).status()).toBe(401);
  expect((await request.get("/api/health")).status()).toBe(200);
});

for (const locale of ["nb", "en"] as const) {
  test(`/setup has no axe violations (${locale})`, async ({ page }) => {
    await setLocale(page, locale);
    await page.goto("/setup");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "nb" ? "Sett opp Bordin" : "Set up Bordin");
    await expectNoAxeViolations(page);
    // With the field messages showing too.
    await page.getByRole("button", { name: locale === "nb" ? "Opprett klinikk" : "Create clinic" }).click();
    await expect(page.locator("#setup-errors")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("setup refuses a common password, then creates the clinic and logs its administrator in", async ({ page }) => {
  await page.goto("/setup");
  await page.getByLabel("Setup code").fill("abcd-efgh-jkmn");
  await page.getByLabel("Clinic name").fill("Fjordklinikken");
  await page.getByLabel("English").check();
  await page.getByLabel("Your name").fill(ADMIN.name);
  await page.getByLabel("Your email address").fill(ADMIN.email);
  await page.getByLabel("Password", { exact: true }).fill("password1");
  await page.getByLabel("Repeat the password").fill("password1");
  await page.getByLabel("Therapist").check();
  await page.getByRole("button", { name: "Create clinic" }).click();
  await expect(page.locator(".field-error", { hasText: "This password is on a list of common passwords" })).toBeVisible();
  // What was typed stays, except the passwords; the ticked role too.
  await expect(page.getByLabel("Clinic name")).toHaveValue("Fjordklinikken");
  await expect(page.getByLabel("Therapist")).toBeChecked();
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Repeat the password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create clinic" }).click();
  await expect(page.getByText("This is not the setup code.").first()).toBeVisible();
  await expect(page.getByText("This password is on a list of common passwords")).toHaveCount(0);
  // The code the server printed at start (the e2e server's secret is known to the tests).
  await page.getByLabel("Setup code").fill(setupCodeFor(E2E_SECRET).toUpperCase());
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Repeat the password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create clinic" }).click();
  // A therapist too, so they land on their caseload, logged in.
  await expect(page).toHaveURL(/\/caseload$/);
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Administration" })).toBeVisible();
});

test("after setup /setup is gone for good: the page and its action answer 404, and login works", async ({ page, request }) => {
  expect((await request.get("/setup")).status()).toBe(404);
  const fields = { clinicName: "Second", defaultLocale: "en", adminName: "Mallory", adminEmail: "mallory@evil.example", newPassword: ADMIN.password, repeatPassword: ADMIN.password };
  const res = await callAction(request, { page: "/setup", file: "app/setup/actions.ts", action: "setupAction", fields, withState: true, origin: baseURL });
  expect(res.status()).toBe(404);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await loginAs(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/caseload$/);
});

test("a one-time password from clinic:add must be replaced before anything else; then other logins end", async ({ page, browser }) => {
  const oneTime = clinicAdd(server.databaseUrl, { name: "Nordlys terapi", admin: "leder@nordlys.example", adminName: "Ola Leder", locale: "en" });
  await loginAs(page, "leder@nordlys.example", oneTime);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("You logged in with a one-time password")).toBeVisible();
  // Every page leads back here; the API and the server actions refuse with a clear 403.
  for (const path of ["/admin", "/", "/caseload", "/supervision"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/account$/);
  }
  const api = await page.request.get("/api/v1/patients");
  expect(api.status()).toBe(403);
  expect(await api.json()).toMatchObject({ error: "password_change_required", message: expect.stringContaining("one-time password") });
  const action = await callAction(page.request, { page: "/patients/new", file: "app/(app)/patients/actions.ts", action: "createPatientAction", fields: { code: "OTP-1", modality: "cbt" }, withState: true, origin: baseURL });
  expect(await action.text()).toContain("password_change_required");

  // A second browser logged in with the same one-time password: its login ends with the change.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await loginAs(otherPage, "leder@nordlys.example", oneTime);
  await expect(otherPage).toHaveURL(/\/account$/);

  const form = page.locator("form", { has: page.getByLabel("Current password") });
  await page.getByLabel("Current password").fill("not the one-time password");
  await page.getByLabel("New password").fill("nordlys over vidda");
  await page.getByLabel("Repeat the password").fill("nordlys over vidda");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct.").first()).toBeVisible();
  await page.getByLabel("Current password").fill(oneTime);
  await page.getByLabel("New password").fill("qwertyuiop");
  await page.getByLabel("Repeat the password").fill("qwertyuiop");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator(".field-error", { hasText: "This password is on a list of common passwords" })).toBeVisible();
  await page.getByLabel("Current password").fill(oneTime);
  await page.getByLabel("New password").fill("nordlys over vidda");
  await page.getByLabel("Repeat the password").fill("nordlys over vidda");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();

  // This browser stays logged in and works; the other one's login has ended.
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  expect((await page.request.get("/api/v1/patients")).status()).toBe(200);
  await otherPage.goto("/admin");
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
  await page.getByRole("button", { name: "Log out" }).click();
  await loginAs(page, "leder@nordlys.example", "nordlys over vidda");
  await expect(page).toHaveURL(/\/admin$/);
});

for (const locale of ["nb", "en"] as const) {
  test(`/account has no axe violations, forced and not (${locale})`, async ({ page }) => {
    const oneTime = clinicAdd(server.databaseUrl, { name: `Klinikk ${locale}`, admin: `axe-${locale}@first-run.example`, adminName: "Axe Tester" });
    await setLocale(page, locale);
    await loginAs(page, `axe-${locale}@first-run.example`, oneTime);
    await expect(page).toHaveURL(/\/account$/);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: locale === "nb" ? "Bytt passord" : "Change password" }).click();
    await expect(page.locator("#password-errors")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.context().clearCookies();
    await setLocale(page, locale);
    await loginAs(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/caseload$/);
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "nb" ? "Din konto" : "Your account");
    await expectNoAxeViolations(page);
  });
}
