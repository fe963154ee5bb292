import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, loginAs, expectNoAxeViolations } from "./fixtures";
import { createPrismaClient } from "@/lib/prisma-client";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "../../playwright.config";

// The clinic administrator's settings and audit log, in the browser, on the demo clinic. The
// settings test puts every setting back as it found it, so the other specs see the demo clinic as
// seeded (or as the access matrix left it).
const db = createPrismaClient(E2E_DATABASE_URL);
const ADMIN = "admin@demo.bordin";

async function loginAdmin(page: Page) {
  await loginAs(page, ADMIN);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function inBothLanguages(page: Page, baseURL: string, path: string) {
  for (const locale of ["nb", "en"] as const) {
    await page.context().addCookies([{ name: "bordin-locale", value: locale, url: baseURL }]);
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoAxeViolations(page);
  }
}

test.describe("clinic administration", () => {
  let restore: (() => Promise<void>) | null = null;
  test.afterEach(async () => {
    await restore?.();
    restore = null;
  });

  test("settings: a new threshold recomputes the clinic's ruptures and says how many changed; reset restores it", async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const clinic = await db.clinic.findFirstOrThrow({ where: { users: { some: { email: ADMIN } } } });
    // Whatever happens below, the demo clinic's thresholds go back through the app, so its ruptures
    // are recomputed with them too.
    restore = async () => {
      const now = await db.clinic.findUniqueOrThrow({ where: { id: clinic.id } });
      if (now.engineParams === clinic.engineParams) return;
      const res = await page.request.patch("/api/v1/clinic/settings", { data: { engineParams: JSON.parse(clinic.engineParams) }, headers: { Origin: E2E_BASE_URL } });
      expect(res.status()).toBe(200);
    };
    await loginAdmin(page);
    await inBothLanguages(page, baseURL!, "/admin/settings");
    const cutoff = page.getByLabel("Cutoff (low score)", { exact: true });
    await expect(cutoff).toHaveValue("80");
    await expect(page.getByText(/Default: 80 · Bordin's design: The project's contract value/)).toBeVisible();
    await expect(page.getByRole("cell", { name: "Today I felt safe and respected with my therapist" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "I dag følte jeg meg trygg og respektert sammen med terapeuten min" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /WAI-SR/ })).toBeDisabled();

    // Out of the engine's range: a field message, and nothing saved.
    await cutoff.fill("120");
    await page.getByRole("button", { name: "Save thresholds" }).click();
    await expect(page.locator("#param-cutoff-error")).toContainText("100");
    expect((await db.clinic.findUniqueOrThrow({ where: { id: clinic.id } })).engineParams).toBe(clinic.engineParams);

    const openBefore = await db.rupture.count({ where: { clinicId: clinic.id, current: true } });
    await cutoff.fill("65");
    await page.getByRole("button", { name: "Save thresholds" }).click();
    const notice = page.getByRole("status").filter({ hasText: "Settings saved." });
    await expect(notice).toContainText(/\d+ ruptures? changed/);
    const changed = Number((await notice.textContent())!.match(/(\d+) ruptures? changed/)![1]);
    expect(changed).toBeGreaterThan(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { clinicId: clinic.id, action: "clinic.settings.update" }, orderBy: { at: "desc" } });
    expect(JSON.parse(event.detail!)).toMatchObject({ changed: ["engineParams.cutoff"], ruptures: { total: changed } });
    expect(JSON.parse((await db.clinic.findUniqueOrThrow({ where: { id: clinic.id } })).engineParams)).toEqual({ ...JSON.parse(clinic.engineParams), cutoff: 65 });
    await expect(page.getByLabel("Cutoff (low score)", { exact: true })).toHaveValue("65");

    await page.getByRole("button", { name: "Reset to default: Cutoff (low score)" }).click();
    await expect(page.getByLabel("Cutoff (low score)", { exact: true })).toHaveValue("80");
    await page.getByRole("button", { name: "Save thresholds" }).click();
    // The notice reads the same after both saves (the change undone is as large): wait for the save.
    await expect.poll(async () => (await db.clinic.findUniqueOrThrow({ where: { id: clinic.id } })).engineParams).toBe(clinic.engineParams);
    await expect(page.getByLabel("Cutoff (low score)", { exact: true })).toHaveValue("80");
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toContainText(`${changed} rupture`);
    expect(await db.rupture.count({ where: { clinicId: clinic.id, current: true } })).toBe(openBefore);
  });

  test("audit log: filtered by patient code and action without the code in the URL, downloaded as CSV, both audited", async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    // A therapist opens one of their patients: the event the admin will look for.
    const patient = await db.patient.findFirstOrThrow({ where: { therapist: { email: "therapist@demo.bordin" } }, orderBy: { code: "asc" } });
    const therapist = await browser.newContext({ baseURL });
    const tp = await therapist.newPage();
    await loginAs(tp, "therapist@demo.bordin");
    await tp.waitForURL(/\/caseload/);
    await tp.goto(`/patients/${patient.id}`);
    await therapist.close();

    await loginAdmin(page);
    await page.goto("/admin/audit");
    await page.getByLabel("Patient code").fill("NO-SUCH-CODE");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.locator("#patient-error")).toHaveText("No patient in the clinic has this code.");

    await page.getByLabel("Patient code").fill(patient.code);
    await page.getByLabel("Action").selectOption({ label: "Viewed a patient" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(new RegExp(`patientId=${patient.id}`));
    expect(page.url()).not.toContain(encodeURIComponent(patient.code));
    expect(page.url()).not.toContain(patient.code);
    await expect(page.getByLabel("Patient code")).toHaveValue(patient.code);
    const rows = page.locator("table.audit-table tbody tr");
    await expect(rows.first()).toContainText("Tone Terapeut");
    await expect(rows.first()).toContainText("Viewed a patient");
    await expect(rows.first()).toContainText(patient.id);
    await expect(page.getByRole("status")).toHaveText(/^\d+ events?$/);
    // Plain words and the reader's own date format (a month name, a 24-hour clock), never a code.
    await expect(rows.first()).not.toContainText("patient.read");
    await expect(rows.first().locator("time")).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}:\d{2}$/);
    await page.context().addCookies([{ name: "bordin-locale", value: "nb", url: baseURL! }]);
    await page.reload();
    await expect(rows.first()).toContainText("Så på en pasient");
    await expect(rows.first().locator("time")).toHaveText(/^\d{1,2}\. [a-zæøå]{3}\.? \d{4}(,| kl\.) \d{2}:\d{2}:\d{2}$/);
    await page.context().addCookies([{ name: "bordin-locale", value: "en", url: baseURL! }]);
    await page.reload();

    const since = new Date(Date.now() - 1000);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bordin-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("time_utc,time_clinic,user,user_id,actor,action,action_label,entity,entity_id,ip,detail");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes(",patient.read,Viewed a patient,Patient," + patient.id))).toBe(true);
    expect(csv).not.toContain(patient.code);

    const exports = await db.auditEvent.findMany({ where: { action: "audit.export", at: { gte: since } } });
    expect(exports).toHaveLength(1);
    expect(JSON.parse(exports[0].detail!)).toEqual({ filters: { action: "patient.read" }, ids: [patient.id] });
    const reads = await db.auditEvent.findMany({ where: { action: "audit.read", entity: "AuditEvent", detail: { contains: patient.id } } });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((e) => !e.detail!.includes(patient.code))).toBe(true);

    await inBothLanguages(page, baseURL!, "/admin/audit");
  });

  test("other roles find neither page", async ({ page }) => {
    await loginAs(page, "therapist@demo.bordin");
    await page.waitForURL(/\/caseload/);
    for (const path of ["/admin/settings", "/admin/audit"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
    }
  });
});
