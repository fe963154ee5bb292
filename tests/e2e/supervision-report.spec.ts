import { test, expect, expectNoAxeViolations, loginAs } from "./fixtures";
import { createPrismaClient } from "@/lib/prisma-client";
import { periodDays } from "@/lib/supervision/period";
import { todayIso } from "@/lib/validation/form-input";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { readPdf } from "./support/pdf-text";

// The supervision report: one page per supervisee with the home's figures, a trend chart, the
// period's ruptures and the supervisor's notes; printed to PDF by the server's Chromium.
const SUPERVISEES = ["Tone Terapeut", "Tarjei Terapeut", "Thea Terapeut"];
type Summary = { supervisees: { name: string; activePatients: number; sessions: number; ratedSessions: number; ruptures: { open: number; repaired: number; unrepaired: number } }[] };

test("the report renders to PDF in Chromium with its chart, each supervisee's name and figures", async ({ page }) => {
  test.setTimeout(120_000);
  const { from, to } = periodDays({ period: "12m" }, todayIso());
  await loginAs(page, "supervisor@demo.bordin");
  await expect(page).toHaveURL(/\/supervision$/);
  const summary = (await (await page.request.get(`/api/v1/supervision/summary?from=${from}&to=${to}`)).json()) as Summary;
  const since = new Date(Date.now() - 1);

  const res = await page.request.get(`/supervision/report/pdf?therapist=all&from=${from}&to=${to}`);
  expect(res.status(), await res.text().catch(() => "")).toBe(200);
  const headers = res.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["content-disposition"]).toBe(`attachment; filename="supervision-report-${from}-to-${to}.pdf"`);
  const bytes = await res.body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

  const pages = await readPdf(bytes);
  // The demo's three, and any supervisee other tests of the run added (the access matrix's owner).
  expect(summary.supervisees.map((s) => s.name)).toEqual(expect.arrayContaining(SUPERVISEES));
  for (const s of summary.supervisees) {
    // Each supervisee starts a page of their own, with their figures and the chart's legend.
    const own = pages.findIndex((p) => p.text.includes(s.name) && p.text.includes("Figures"));
    expect(own, `a page for ${s.name}`).toBeGreaterThanOrEqual(0);
    const text = pages.slice(own).map((p) => p.text).join(" ").split(/Figures/)[1];
    expect(text).toContain(`Active patients ${s.activePatients}`);
    expect(text).toContain(`(${s.ratedSessions} of ${s.sessions})`);
    expect(text).toContain(`${s.ruptures.open} / ${s.ruptures.repaired} / ${s.ruptures.unrepaired}`);
    expect(text).toContain("Mean alliance (patient total, 0–100)");
    // The chart is vector paths on the page: its grid (#c9ccd1) and baseline (#8a909a) are drawn in
    // colours nothing else on the page uses, its alliance line in #1f5f8b; points and bars add paths.
    expect(pages[own].strokeColors, `chart colours on ${s.name}'s page`).toEqual(expect.arrayContaining(["#c9ccd1", "#8a909a", "#1f5f8b"]));
    // The demo's supervisees have a year of weekly points; one another test added may have a few.
    if (SUPERVISEES.includes(s.name)) expect(pages[own].paths, `chart paths on ${s.name}'s page`).toBeGreaterThan(20);
  }
  expect(pages.length).toBeGreaterThanOrEqual(summary.supervisees.length);
  // No patient code and no name in the file name; the export and the page's read are audited.
  const db = createPrismaClient(E2E_DATABASE_URL);
  const supervisor = await db.user.findUniqueOrThrow({ where: { email: "supervisor@demo.bordin" } });
  const events = await db.auditEvent.findMany({ where: { userId: supervisor.id, at: { gte: since } }, select: { action: true } });
  await db.$disconnect();
  expect(events.map((e) => e.action).sort()).toEqual(["supervision.report.export", "supervision.report.read", "supervisorNote.list"]);
});

test("the report page: one section per supervisee with figures and chart; others' are refused", async ({ page }) => {
  await loginAs(page, "supervisor@demo.bordin");
  await expect(page).toHaveURL(/\/supervision$/);
  await page.getByRole("link", { name: "Supervision report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Supervision report" })).toBeVisible();
  for (const name of SUPERVISEES) {
    const section = page.getByRole("region", { name });
    await expect(section.getByRole("img", { name: new RegExp(`mean alliance and rating completion for ${name}`) })).toBeVisible();
    await expect(section.getByText("Active patients")).toBeVisible();
  }
  await page.getByLabel("Therapist").selectOption({ label: "Thea Terapeut" });
  await page.getByRole("button", { name: "Show", exact: true }).first().click();
  await expect(page).toHaveURL(/therapist=/);
  await expect(page.locator(".report-page")).toHaveCount(1);
  // Printed: no navigation, no forms, no buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header.app-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  const db = createPrismaClient(E2E_DATABASE_URL);
  const other = await db.user.findUniqueOrThrow({ where: { email: "therapist4@demo.bordin" } });
  await db.$disconnect();
  expect((await page.goto(`/supervision/report?therapist=${other.id}`))?.status()).toBe(404);
  expect((await page.request.get(`/supervision/report/pdf?therapist=${other.id}`)).status()).toBe(404);
  expect((await page.request.get("/supervision/report/pdf?therapist=%3Cx%3E")).status()).toBe(422);
});

test("a therapist gets 404 for the report page and 403 for its PDF", async ({ page }) => {
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  expect((await page.goto("/supervision/report"))?.status()).toBe(404);
  expect((await page.request.get("/supervision/report/pdf")).status()).toBe(403);
});

for (const locale of ["nb", "en"] as const) {
  test(`the report has no axe violations (${locale})`, async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "bordin-locale", value: locale, url: baseURL! }]);
    await loginAs(page, "supervisor@demo.bordin");
    await expect(page).toHaveURL(/\/supervision$/);
    await page.goto("/supervision/report?period=12m");
    await expect(page.locator(".report-page").first()).toBeVisible();
    await page.locator(".report-page details summary").first().click();
    await expectNoAxeViolations(page);
  });
}
