import type { Browser, Page } from "@playwright/test";
import { test, expect, loginAs, expectNoAxeViolations, DEMO_PASSWORD } from "./fixtures";
import { createPrismaClient } from "@/lib/prisma-client";
import { hashPassword } from "@/lib/password";
import { recomputeEpisodeRuptures } from "@/lib/data/rupture-sync";
import { createClinic, createEpisode, createPatient, createSession, createUser } from "@/prisma/factories";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "../../playwright.config";

// The admin area in the browser, in a clinic of its own (the demo clinic's users stay as the other
// tests expect): invite with a one-time password shown once, edit, reset, supervision pairs,
// deactivating a user whose open page then ends, reactivating, and moving a leaver's patient to a
// colleague who then reads its history. Every admin page passes axe in both languages.
const db = createPrismaClient(E2E_DATABASE_URL);
const OTP = /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/;

type World = Awaited<ReturnType<typeof freshClinic>>;
async function freshClinic() {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const clinic = await createClinic(db, { name: `Admin e2e ${stamp}`, defaultLocale: "en" });
  const person = (name: string, roles: ("ADMIN" | "SUPERVISOR" | "THERAPIST")[]) =>
    createUser(db, { clinicId: clinic.id, roles, passwordHash, name, locale: "en", email: `${name.split(" ")[0].toLowerCase()}-${stamp}@e2e.test` });
  const admin = await person("Ada Admin", ["ADMIN"]);
  const leaver = await person("Lea Leaver", ["THERAPIST"]);
  const receiver = await person("Rolf Receiver", ["THERAPIST"]);
  const patient = await createPatient(db, { clinicId: clinic.id, therapistId: leaver.id, code: `LV-${stamp.slice(-5)}`.toUpperCase() });
  const episode = await createEpisode(db, { clinicId: clinic.id, patientId: patient.id, therapistId: leaver.id, startDate: new Date("2026-01-05") });
  await createSession(db, { clinicId: clinic.id, episodeId: episode.id, number: 1, date: new Date("2026-01-12"), therapist: { bond: 80, goals: 80, tasks: 80 } });
  await createSession(db, { clinicId: clinic.id, episodeId: episode.id, number: 2, date: new Date("2026-01-19"), marker: "withdrawal", markerDimension: "bond" });
  await recomputeEpisodeRuptures(db, episode.id, new Date());
  return { stamp, clinic, admin, leaver, receiver, patient, episode };
}

/** Logs in through the form and waits until the login has landed. */
async function signIn(page: Page, email: string) {
  await loginAs(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function contextAs(browser: Browser, email: string, locale: "en" | "nb" = "en"): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  await context.addCookies([{ name: "bordin-locale", value: locale, url: E2E_BASE_URL }]);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

let w: World;
test.beforeAll(async () => {
  w = await freshClinic();
});

test("an admin invites users and sees each one-time password once, edits, resets and pairs them", async ({ page }) => {
  test.setTimeout(90_000);
  await loginAs(page, w.admin.email);
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("link", { name: "Users", exact: true })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Invite a user" }).first().click();

  const email = `tina-${w.stamp}@e2e.test`;
  await page.getByLabel("Name").fill("Tina Therapist");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("combobox", { name: "Language" }).selectOption("nb");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("The account for Tina Therapist is ready.")).toBeVisible();
  const password = (await page.getByTestId("one-time-password").textContent())!;
  expect(password).toMatch(OTP);
  expect(page.url()).not.toContain(password);
  await expect(page.getByText(/It is shown only now/)).toBeVisible();
  const tina = await db.user.findUniqueOrThrow({ where: { email }, include: { roles: true } });
  expect(tina).toMatchObject({ clinicId: w.clinic.id, mustChangePassword: true, locale: "nb", roles: [{ role: "THERAPIST" }] });

  // The same address again: a clear message on the email field, focus on the summary, nothing made.
  await page.getByRole("button", { name: "Invite another user" }).click();
  await expect(page.getByTestId("one-time-password")).toHaveCount(0);
  await page.getByLabel("Name").fill("Tina Twice");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Create account" }).click();
  // The message is at the field and, as a link to it, in the summary.
  await expect(page.locator(".field-error", { hasText: "This email address already has an account." })).toBeVisible();
  await expect(page.locator("#invite-errors").getByRole("link", { name: "This email address already has an account." })).toBeVisible();
  await expect(page.locator("#invite-errors")).toBeFocused();

  // A supervisor: no role ticked first is refused, then one role is enough.
  await page.getByLabel("Name").fill("Sven Supervisor");
  await page.getByLabel("Email").fill(`sven-${w.stamp}@e2e.test`);
  await page.getByLabel("Therapist", { exact: true }).uncheck();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Choose at least one role.").first()).toBeVisible();
  await page.getByLabel("Supervisor", { exact: true }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("one-time-password")).toHaveText(OTP);

  // Edit Tina: name and a second role; then a reset shows a new one-time password once.
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Edit Tina Therapist" }).click();
  await page.getByLabel("Name").fill("Tina Terapeut");
  await page.getByLabel("Supervisor", { exact: true }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Tina Terapeut" })).toBeVisible();
  await page.getByRole("button", { name: "Reset password" }).click();
  const reset = (await page.getByTestId("one-time-password").textContent())!;
  expect(reset).toMatch(OTP);
  expect(reset).not.toBe(password);
  await page.reload();
  await expect(page.getByTestId("one-time-password")).toHaveCount(0);

  // Supervision: Sven supervises Tina; the same pair again is refused; then removed.
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Supervision" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Supervision" })).toBeVisible();
  const supervisor = page.getByRole("combobox", { name: "Supervisor" });
  const supervisee = page.getByRole("combobox", { name: "Therapist" });
  await supervisor.selectOption({ label: `Sven Supervisor (sven-${w.stamp}@e2e.test)` });
  await supervisee.selectOption({ label: `Tina Terapeut (${email})` });
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("The pair was added.")).toBeVisible();
  const row = page.getByRole("row", { name: /Sven Supervisor.*Tina Terapeut/ });
  await expect(row).toBeVisible();
  await supervisor.selectOption({ label: `Sven Supervisor (sven-${w.stamp}@e2e.test)` });
  await supervisee.selectOption({ label: `Tina Terapeut (${email})` });
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("This supervisor already supervises this therapist.").first()).toBeVisible();
  await page.getByRole("button", { name: "Remove Sven Supervisor as supervisor of Tina Terapeut" }).click();
  await expect(page.getByText("The pair was removed.")).toBeVisible();
  await expect(row).toHaveCount(0);
  const trail = await db.auditEvent.findMany({ where: { userId: w.admin.id }, select: { action: true, detail: true, entityId: true } });
  expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(["user.invite", "user.update", "user.password-reset", "supervision.assign", "supervision.remove"]));
  expect(JSON.stringify(trail)).not.toContain(password);
  expect(JSON.stringify(trail)).not.toContain(reset);
});

test("a deactivated user's open page ends at the next request; a moved patient's history goes to the new therapist", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const leaverPage = await contextAs(browser, w.leaver.email);
  await expect(leaverPage.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();

  await signIn(page, w.admin.email);
  await page.goto(`/admin/users/${w.leaver.id}`);
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByText("The account is deactivated: the user cannot log in.")).toBeVisible();
  await leaverPage.getByRole("link", { name: "Caseload" }).click();
  await expect(leaverPage).toHaveURL(/\/login/);

  // The leaver's patient, picked by code only, to the receiver.
  await page.goto("/admin/patients");
  await page.getByRole("combobox", { name: "Therapist", exact: true }).selectOption({ label: "Lea Leaver (deactivated) (1)" });
  await page.getByRole("button", { name: "Show" }).click();
  const patientRow = page.getByRole("row", { name: new RegExp(w.patient.code) });
  await expect(patientRow).toContainText("Lea Leaver");
  await expect(page.locator("main")).not.toContainText("2026");
  await page.getByLabel(`Move patient ${w.patient.code} to`).selectOption({ label: "Rolf Receiver" });
  await page.getByRole("button", { name: `Move patient ${w.patient.code}` }).click();
  await expect(page.getByText("1 patient was moved.")).toBeVisible();
  await expect(page.getByText("No patients.")).toBeVisible();
  expect(await db.treatmentEpisode.findUniqueOrThrow({ where: { id: w.episode.id } })).toMatchObject({ therapistId: w.receiver.id });

  // The receiver reads the whole history; the admin still reads none of it.
  const receiverPage = await contextAs(browser, w.receiver.email);
  await receiverPage.goto(`/episodes/${w.episode.id}`);
  await expect(receiverPage.getByRole("region", { name: /^Rupture from session 2/ })).toBeVisible();
  expect((await page.goto(`/patients/${w.patient.id}`))!.status()).toBe(404);
  expect((await page.request.get(`/api/v1/episodes/${w.episode.id}/alliance`)).status()).toBe(404);

  // Reactivated, the leaver logs in again, and no longer reaches the patient.
  await page.goto(`/admin/users/${w.leaver.id}`);
  await page.getByRole("button", { name: "Reactivate account" }).click();
  await expect(page.getByText("The account is active.")).toBeVisible();
  // A new login (the one the deactivation ended is not one to come back to).
  await leaverPage.context().clearCookies();
  await leaverPage.context().addCookies([{ name: "bordin-locale", value: "en", url: E2E_BASE_URL }]);
  await signIn(leaverPage, w.leaver.email);
  await expect(leaverPage.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
  expect((await leaverPage.goto(`/patients/${w.patient.id}`))!.status()).toBe(404);
  await leaverPage.context().close();
  await receiverPage.context().close();
});

test("the last active admin cannot be deactivated or demoted, in the form or the API; other roles find no admin area", async ({ page, browser }) => {
  await signIn(page, w.admin.email);
  await page.goto(`/admin/users/${w.admin.id}`);
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.locator("#status-errors")).toHaveText(/This is the clinic's last active administrator/);
  await expect(page.locator("#status-errors")).toBeFocused();
  const api = await page.request.patch(`/api/v1/users/${w.admin.id}`, { data: { roles: ["THERAPIST"] }, headers: { Origin: E2E_BASE_URL } });
  expect(api.status()).toBe(409);
  expect(await api.json()).toMatchObject({ error: "conflict", message: "This is the clinic's last active administrator. Make another user an administrator first.", fieldErrors: { roles: [expect.any(String)] } });
  expect(await db.user.findUniqueOrThrow({ where: { id: w.admin.id } })).toMatchObject({ active: true });

  const therapist = await contextAs(browser, w.receiver.email);
  for (const path of ["/admin", "/admin/users", `/admin/users/${w.admin.id}`, "/admin/supervision", "/admin/patients"]) {
    expect((await therapist.goto(path))!.status(), path).toBe(404);
  }
  expect((await therapist.request.get("/api/v1/users")).status()).toBe(404);
  expect((await therapist.request.post("/api/v1/users", { data: { name: "X", email: `x-${w.stamp}@e2e.test`, roles: ["ADMIN"] }, headers: { Origin: E2E_BASE_URL } })).status()).toBe(404);
  await therapist.context().close();
});

for (const locale of ["en", "nb"] as const) {
  test(`every admin page passes axe (${locale})`, async ({ browser }) => {
    test.setTimeout(60_000);
    const page = await contextAs(browser, w.admin.email, locale);
    for (const path of ["/admin", "/admin/users", "/admin/users/new", `/admin/users/${w.receiver.id}`, "/admin/supervision", "/admin/patients"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoAxeViolations(page);
    }
    // The invite's result and a form's error state, too.
    await page.goto("/admin/users/new");
    await page.getByRole("button", { name: locale === "en" ? "Create account" : "Opprett konto" }).click();
    await expect(page.locator("#invite-errors")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
}
