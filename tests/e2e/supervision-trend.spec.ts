import { test, expect, expectNoAxeViolations, loginAs, DEMO_PASSWORD } from "./fixtures";
import { createPrismaClient } from "@/lib/prisma-client";
import { hashPassword } from "@/lib/password";
import { createSupervision, createUser } from "@/prisma/factories";
import { E2E_DATABASE_URL } from "../../playwright.config";

// The clinic trend: a chart of the supervisees' weeks with the same numbers as a table; an admin
// who also supervises can switch to the whole clinic.
const BOTH = "trend-admin-supervisor@example.test";

test.beforeAll(async () => {
  const db = createPrismaClient(E2E_DATABASE_URL);
  if (!(await db.user.findUnique({ where: { email: BOTH } }))) {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@demo.bordin" } });
    const therapist = await db.user.findUniqueOrThrow({ where: { email: "therapist4@demo.bordin" } });
    const both = await createUser(db, { clinicId: admin.clinicId, roles: ["ADMIN", "SUPERVISOR"], passwordHash: await hashPassword(DEMO_PASSWORD), email: BOTH, name: "Trend Admin", locale: "en" });
    await createSupervision(db, { clinicId: admin.clinicId, supervisorId: both.id, therapistId: therapist.id });
  }
  await db.$disconnect();
});

const sessionsIn = async (page: import("@playwright/test").Page) => {
  const cells = await page.locator("table.weekly-table tbody tr td:nth-child(4)").allTextContents();
  return cells.reduce((n, c) => n + Number(c), 0);
};

test("a supervisor sees the supervisees' weekly trend as a chart and as a table", async ({ page }) => {
  await loginAs(page, "supervisor@demo.bordin");
  await expect(page).toHaveURL(/\/supervision$/);
  await page.getByRole("link", { name: "Trend by week" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trend by week" })).toBeVisible();
  await page.getByRole("link", { name: "12 months" }).click();
  await expect(page).toHaveURL(/\/supervision\/trend\?period=12m/);
  await expect(page.getByRole("img", { name: /Chart of Your supervisees over 5\d weeks/ })).toBeVisible();
  await expect(page.locator(".recharts-line")).toHaveCount(2);
  // The demo's three supervisees, and any other tests of the run added.
  await expect(page.getByRole("status")).toHaveText(/^[3-9] therapists$/);
  const count = await page.getByRole("status").textContent();
  // Only an admin who supervises may switch to the clinic; asking anyway shows the supervisees.
  await expect(page.getByRole("navigation", { name: "Whose trend" })).toHaveCount(0);
  await page.getByText("The numbers as a table").click();
  const table = page.getByRole("table", { name: "Your supervisees, week by week" });
  await expect(table).toBeVisible();
  const own = await sessionsIn(page);
  expect(own).toBeGreaterThan(0);
  await page.goto("/supervision/trend?period=12m&scope=clinic");
  await expect(page.getByRole("status")).toHaveText(count!);
});

test("an admin who supervises switches to the whole clinic", async ({ page }) => {
  await loginAs(page, BOTH);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto("/supervision/trend?period=12m");
  const scopes = page.getByRole("navigation", { name: "Whose trend" });
  await expect(scopes.getByRole("link", { name: "Your supervisees" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("status")).toHaveText("1 therapist");
  await page.getByText("The numbers as a table").click();
  const one = await sessionsIn(page);
  await scopes.getByRole("link", { name: "The whole clinic" }).click();
  await expect(page).toHaveURL(/scope=clinic/);
  await expect(scopes.getByRole("link", { name: "The whole clinic" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("heading", { level: 2, name: "The whole clinic: week by week" })).toBeVisible();
  await page.getByText("The numbers as a table").click();
  expect(await sessionsIn(page)).toBeGreaterThan(one);
});

for (const locale of ["nb", "en"] as const) {
  test(`the trend page has no axe violations (${locale})`, async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "bordin-locale", value: locale, url: baseURL! }]);
    await loginAs(page, BOTH);
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.goto("/supervision/trend?period=3m&scope=clinic");
    await expect(page.locator(".recharts-line").first()).toBeVisible();
    await page.locator("details summary").first().click();
    await expectNoAxeViolations(page);
  });
}
