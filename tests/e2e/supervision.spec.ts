import { test, expect, apiPost, expectNoAxeViolations, loginAs } from "./fixtures";
import { callAction } from "./support/server-action";
import { createPrismaClient } from "@/lib/prisma-client";
import { E2E_DATABASE_URL } from "../../playwright.config";

// The supervisor prepares a meeting: figures per supervisee, the triage list with its filters, a
// supervisee's patient read-only, and nothing of anyone else's patients (docs/access.md).
const SUPERVISEES = ["Tone Terapeut", "Tarjei Terapeut", "Thea Terapeut"];

test.describe("supervisor home and triage", () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, "supervisor@demo.bordin");
    await expect(page).toHaveURL(/\/supervision$/);
  });

  test("shows every supervisee's figures, each explained on focus and hover", async ({ page }) => {
    const table = page.getByRole("table");
    for (const name of SUPERVISEES) await expect(table.getByRole("link", { name: `Caseload of ${name}` })).toBeVisible();
    await expect(table.getByRole("link", { name: /Caseload of Sverre|Caseload of Tobias/ })).toHaveCount(0);
    // Rows hold figures or a dash with its reason, never an empty cell.
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    await expect(rows.first().locator("td").nth(1)).toHaveText(/%|fewer than 5 sessions/);

    const help = page.getByRole("button", { name: "What “Repair rate” means" });
    await expect(help).toHaveAccessibleDescription(/Repaired ÷ \(repaired \+ unrepaired\)/);
    const tip = page.getByRole("tooltip").filter({ hasText: "Repaired ÷" });
    await expect(tip).toBeHidden();
    await help.focus();
    await expect(tip).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await expect(help).toBeFocused();
    await page.mouse.move(0, 0);
    await page.getByRole("button", { name: "What “Alliance trend” means" }).hover();
    await expect(page.getByRole("tooltip").filter({ hasText: "Points per 10 sessions" })).toBeVisible();

    await page.getByRole("link", { name: "12 months" }).click();
    await expect(page).toHaveURL(/period=12m/);
    await expect(page.getByRole("link", { name: "12 months" })).toHaveAttribute("aria-current", "true");
    await page.getByLabel("From").fill("2020-01-01");
    await page.getByLabel("To (included)").fill("2019-01-01");
    await page.getByRole("button", { name: "Show" }).click();
    // Next's route announcer is an alert too: name the summary by its text.
    await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
  });

  test("the triage list filters by therapist and reason, and opens a patient read-only", async ({ page }) => {
    await page.getByRole("link", { name: "Patients needing attention" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Patients needing attention" })).toBeVisible();
    const entries = page.getByRole("list", { name: "Patients needing attention" }).locator(":scope > li");
    expect(await entries.count()).toBeGreaterThan(0);
    // Ruptures come first, and each says why the engine flagged it.
    await expect(entries.first()).toContainText("Ruptures:");
    await expect(entries.first()).toContainText(/rupture/i);

    await page.getByLabel("Therapist").selectOption({ label: "Tone Terapeut" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/therapist=/);
    const count = await entries.count();
    expect(count).toBeGreaterThan(0);
    await expect(entries.filter({ hasNotText: "Therapist: Tone Terapeut" })).toHaveCount(0);

    await page.getByLabel("Reason").selectOption({ label: "Missing ratings" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/reason=missing-ratings/);
    await expect(entries.filter({ hasNotText: "Missing ratings:" })).toHaveCount(0);
    await expect(entries.filter({ hasNotText: "Therapist: Tone Terapeut" })).toHaveCount(0);

    await page.getByLabel("Reason").selectOption({ label: "Ruptures" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("status")).toContainText("need");
    await entries.first().getByRole("link", { name: /^Patient page/ }).click();
    await expect(page).toHaveURL(/\/patients\//);
    await expect(page.getByText("You can read this patient as a supervisor")).toBeVisible();
    await expect(page.locator("main form")).toHaveCount(0);
    await page.getByRole("link", { name: "Open timeline" }).first().click();
    await expect(page).toHaveURL(/\/episodes\//);
    await expect(page.getByRole("heading", { level: 2, name: "Ruptures" })).toBeVisible();
    await expect(page.locator("main form")).toHaveCount(0);
  });

  test("a supervisee's caseload opens read-only from the home, and another therapist's is not found", async ({ page }) => {
    // Links on the home are prefetched; only opening a caseload reads (and records) its patients.
    const since = new Date(Date.now() - 60_000);
    await page.waitForLoadState("networkidle");
    const db = createPrismaClient(E2E_DATABASE_URL);
    const supervisor = await db.user.findUniqueOrThrow({ where: { email: "supervisor@demo.bordin" } });
    const reads = () => db.auditEvent.count({ where: { at: { gte: since }, action: "supervision.caseload.read", userId: supervisor.id } });
    expect(await reads()).toBe(0);
    await page.getByRole("link", { name: "Caseload of Tone Terapeut" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Caseload of Tone Terapeut" })).toBeVisible();
    await expect(page.getByText("Read only")).toBeVisible();
    // The caseload has no forms: the only ones on the page are the supervisor's own notes.
    await expect(page.locator("main form:not(#supervisor-notes *)")).toHaveCount(0);
    await expect(page.locator("main form")).not.toHaveCount(0);
    expect(await page.locator("tbody tr").count()).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Patients of Tone Terapeut needing attention" }).click();
    await expect(page).toHaveURL(/\/supervision\/triage\?.*therapist=/);
    await expect(page.getByLabel("Therapist")).toHaveValue(/.+/);
    expect(await reads()).toBe(1);

    const other = await db.user.findUniqueOrThrow({ where: { email: "therapist4@demo.bordin" } });
    await db.$disconnect();
    expect((await page.goto(`/supervision/therapists/${other.id}`))?.status()).toBe(404);
  });

  test("a non-supervisee's patient is not found, and the summary API answers the same figures", async ({ page }) => {
    const db = createPrismaClient(E2E_DATABASE_URL);
    const other = await db.patient.findFirstOrThrow({ where: { therapist: { email: "therapist4@demo.bordin" } } });
    await db.$disconnect();
    const res = await page.goto(`/patients/${other.id}`);
    expect(res?.status()).toBe(404);
    expect((await page.request.get(`/api/v1/patients/${other.id}`)).status()).toBe(404);

    const summary = await page.request.get("/api/v1/supervision/summary?from=2000-01-01&to=2004-12-31");
    expect(summary.status()).toBe(200);
    const body = (await summary.json()) as { from: string; supervisees: { name: string; sessions: number; completion: { value: null; reason: string } }[] };
    expect(body.supervisees.map((s) => s.name)).toEqual(expect.arrayContaining(SUPERVISEES));
    expect(body.supervisees[0]).toMatchObject({ sessions: 0, completion: { value: null, reason: "too-few-sessions" } });
    expect((await page.request.get("/api/v1/supervision/summary")).status()).toBe(200);
    expect((await page.request.get("/api/v1/supervision/summary?from=2026-02-01")).status()).toBe(422);
    expect((await page.request.get("/api/v1/supervision/summary?from=2026-02-01&to=2026-01-01")).status()).toBe(422);
  });
});

test.describe("a supervisor reads but never writes", () => {
  test("a POST to a supervisee's patient, from a page action or the API, is refused and changes nothing", async ({ page, baseURL }) => {
    await loginAs(page, "supervisor@demo.bordin");
    await expect(page).toHaveURL(/\/supervision$/);
    const db = createPrismaClient(E2E_DATABASE_URL);
    const episode = await db.treatmentEpisode.findFirstOrThrow({ where: { status: "active", therapist: { email: "therapist@demo.bordin" } } });
    const supervisor = await db.user.findUniqueOrThrow({ where: { email: "supervisor@demo.bordin" } });
    const sessions = () => db.session.count({ where: { episodeId: episode.id } });
    const before = await sessions();
    const since = new Date(Date.now() - 1);

    // The supervisor can read the timeline, and it offers nothing to write with.
    expect((await page.goto(`/episodes/${episode.id}`))?.status()).toBe(200);
    await expect(page.locator("main form")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Log session/i })).toHaveCount(0);

    // The page action, posted as a browser would post it anyway.
    const action = await callAction(page.request, {
      page: `/episodes/${episode.id}/sessions/new`, file: "app/(app)/episodes/[id]/actions.ts", action: "logSessionAction",
      fields: { id: episode.id, marker: "none", therapistBond: "7" }, withState: true, origin: baseURL!,
    });
    const answer = await action.text();
    expect(answer).toContain('"status":"error"');
    expect(action.headers()["x-action-redirect"]).toBeUndefined();

    // The REST API: the same write, refused.
    const api = await apiPost(page.request, `/api/v1/episodes/${episode.id}/sessions`, { therapistBond: 7 });
    expect(api.status()).toBe(403);

    expect(await sessions()).toBe(before);
    const writes = await db.auditEvent.count({ where: { at: { gte: since }, userId: supervisor.id, action: { startsWith: "session." } } });
    expect(writes).toBe(0);
    await db.$disconnect();
  });

  test("the admin gets 404 on every patient page", async ({ page }) => {
    await loginAs(page, "admin@demo.bordin");
    await expect(page).toHaveURL(/\/admin$/);
    const db = createPrismaClient(E2E_DATABASE_URL);
    const episode = await db.treatmentEpisode.findFirstOrThrow({ where: { therapist: { email: "therapist@demo.bordin" } }, include: { sessions: { take: 1 } } });
    await db.$disconnect();
    for (const path of [`/patients/${episode.patientId}`, `/episodes/${episode.id}`, `/episodes/${episode.id}/sessions/new`, `/sessions/${episode.sessions[0].id}/rating-link`]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    expect((await page.request.get(`/api/v1/patients/${episode.patientId}`)).status()).toBe(404);
  });
});

test("a therapist gets 403 from the summary API and 404 from the supervision pages", async ({ page }) => {
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  expect((await page.request.get("/api/v1/supervision/summary")).status()).toBe(403);
  expect((await page.goto("/supervision/triage"))?.status()).toBe(404);
});

for (const locale of ["nb", "en"] as const) {
  test(`the supervision pages have no axe violations (${locale})`, async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "bordin-locale", value: locale, url: baseURL! }]);
    await loginAs(page, "supervisor@demo.bordin");
    await expect(page).toHaveURL(/\/supervision$/);
    await expectNoAxeViolations(page);
    await page.locator(".figure-tip-button").first().focus();
    await expectNoAxeViolations(page);
    // The open definition lies over the first row; Escape closes it without moving focus.
    await page.keyboard.press("Escape");
    await page.locator("tbody th a").first().click();
    await expect(page).toHaveURL(/\/supervision\/therapists\//);
    await expectNoAxeViolations(page);
    await page.goto("/supervision/triage?period=12m");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
