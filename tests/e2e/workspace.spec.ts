import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, loginAs, expectNoAxeViolations, apiPost } from "./fixtures";
import { createPrismaClient } from "@/lib/prisma-client";
import { E2E_DATABASE_URL } from "../../playwright.config";

const NOT_FOUND = { error: "not_found", message: "Not found." };

/** Logs one session through the form; returns the new session's id (from the redirect). */
async function logSession(page: Page, opts: { strategy?: string; marker?: "Withdrawal"; dimension?: "Bond" } = {}) {
  await page.getByRole("link", { name: "Log a session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log session" })).toBeVisible();
  await page.getByLabel("Bond", { exact: true }).fill("8");
  if (opts.marker) {
    await page.getByLabel("Rupture marker").selectOption({ label: opts.marker });
    await page.getByLabel("Which part of the alliance").selectOption({ label: opts.dimension! });
  }
  if (opts.strategy) await page.getByLabel(opts.strategy).check();
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page).toHaveURL(/\/episodes\/[^/?]+\?saved=/);
  await expect(page.getByRole("button", { name: "Get rating link" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Hand to patient" })).toBeVisible();
  return new URL(page.url()).searchParams.get("saved")!;
}

/** Searches the caseload by code through its form; the code must not appear in the URL. */
async function searchCaseload(page: Page, code: string, filter: "All patients" | "Needs attention" = "All patients") {
  await page.goto("/caseload");
  await page.getByLabel("Search by code").fill(code);
  await page.getByLabel("Show").selectOption({ label: filter });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByLabel("Search by code")).toHaveValue(code);
  expect(page.url()).not.toContain(code);
}

/** The patient's rating, through the rating API: a link for the session, then the submission. */
async function rate(request: APIRequestContext, sessionId: string, v: number) {
  const link = await apiPost(request, `/api/v1/sessions/${sessionId}/rating-link`);
  expect(link.status()).toBe(201);
  const { token } = (await link.json()) as { token: string };
  const res = await request.post(`/api/v1/ratings/${token}`, { data: { answers: { bond: v, goals: v, tasks: v }, difficulty: "none" } });
  expect(res.status()).toBe(201);
}

const card = (page: Page, onset: number) => page.getByRole("region", { name: new RegExp(`^Rupture from session ${onset}`) });

test.describe("therapist workspace", () => {
  test("a V of ratings shows one rupture open, then repaired; a dismissed flag shows as dismissed and leaves the figures", async ({ page }) => {
    test.setTimeout(90_000);
    await loginAs(page, "therapist@demo.bordin");
    await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "New patient" }).click();
    await page.getByLabel("Patient code").fill("VV-99");
    await page.getByLabel("Year of birth (optional)").fill("1985");
    await page.getByLabel("Modality").selectOption("psychodynamic");
    await page.getByLabel("Agreed goals").fill("Sleep through the night\nReturn to work");
    await page.getByRole("button", { name: "Create patient" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /VV-99: Psychodynamic therapy/ })).toBeVisible();

    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await logSession(page));
    for (const [i, v] of [9, 9, 5].entries()) await rate(page.request, ids[i], v);
    await page.reload();
    await expect(card(page, 3).locator(".badge")).toHaveText("Open");
    await expect(card(page, 3)).toContainText("disagreement about");
    await expect(page.locator(".timeline-chart svg text", { hasText: /^Open$/ })).toBeVisible();

    ids.push(await logSession(page, { strategy: "Explore the rupture together / talk about the relationship (metacommunication)" }));
    ids.push(await logSession(page, { marker: "Withdrawal", dimension: "Bond" }));
    for (const [i, v] of [9, 9].entries()) await rate(page.request, ids[3 + i], v);
    await page.reload();
    const repaired = card(page, 3);
    await expect(repaired.locator(".badge")).toHaveText("Repaired");
    await expect(repaired).toContainText("Sessions 3–4");
    await expect(repaired).toContainText("metacommunication");
    await expect(repaired).toContainText("The alliance total fell below the cutoff of 80: 50 now, 90 in session 2.");
    await expect(page.locator(".timeline-chart svg text", { hasText: /^Repaired$/ })).toBeVisible();
    // The repair is a ring on the session's point, not a label over the line.
    await expect(page.locator(".timeline-chart .repair-mark")).toHaveCount(1);
    await page.getByText("Show the chart's data as a table").click();
    await expect(page.locator(".timeline-table tbody tr").nth(2)).toContainText("50");
    await expectNoAxeViolations(page);

    // The therapist's withdrawal marker at session 5 opened a second flag: it counts until dismissed.
    await expect(card(page, 5).locator(".badge")).toHaveText("Open");
    const timeline = page.url();
    await searchCaseload(page, "VV-99");
    await expect(page.getByRole("row", { name: /VV-99/ })).toContainText("Open rupture");
    await page.goto(timeline);
    await card(page, 5).getByRole("button", { name: "Dismiss" }).click();
    await expect(card(page, 5).locator(".field-error", { hasText: "Say briefly why the flag is dismissed." })).toBeVisible();
    await card(page, 5).getByLabel("Note").fill("Left early for a bus, not a rupture.");
    await card(page, 5).getByRole("button", { name: "Dismiss" }).click();
    await expect(card(page, 5).locator(".badge")).toHaveText("Dismissed");
    await expect(card(page, 5)).toContainText("left out of every count and figure");
    await expect(page.locator(".timeline-chart svg text", { hasText: /^Dismissed$/ })).toBeVisible();

    await searchCaseload(page, "VV-99");
    const row = page.getByRole("row", { name: /VV-99/ });
    await expect(row).toContainText("5 of 5");
    await expect(row).not.toContainText("rupture");
    await searchCaseload(page, "VV-99", "Needs attention");
    await expect(page.getByText("No patient matches this search.")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("one therapist cannot open another therapist's patient by URL or API", async ({ page }) => {
    const db = createPrismaClient(E2E_DATABASE_URL);
    const patient = await db.patient.findFirstOrThrow({ where: { therapist: { email: "therapist@demo.bordin" } }, include: { episodes: true } });
    await db.$disconnect();
    const episodeId = patient.episodes[0].id;
    await loginAs(page, "therapist2@demo.bordin");
    await expect(page).toHaveURL(/\/caseload$/);

    for (const path of [`/patients/${patient.id}`, `/episodes/${episodeId}`, `/episodes/${episodeId}/sessions/new`]) {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      expect(await page.content()).not.toContain(patient.code);
    }
    for (const [method, path] of [
      ["get", `/api/v1/patients/${patient.id}`],
      ["get", "/api/v1/patients/no-such-patient"],
      ["get", `/api/v1/episodes/${episodeId}/alliance`],
      ["post", `/api/v1/episodes/${episodeId}/sessions`],
      ["post", `/api/v1/patients/${patient.id}/episodes`],
    ] as const) {
      const res = method === "get" ? await page.request.get(path) : await apiPost(page.request, path, { modality: "cbt" });
      expect(res.status(), path).toBe(404);
      expect(await res.text(), path).toBe(JSON.stringify(NOT_FOUND));
    }
    const list = await page.request.get("/api/v1/patients");
    expect(((await list.json()) as { patients: { id: string }[] }).patients.map((p) => p.id)).not.toContain(patient.id);
  });

  test("the REST API creates a patient, an episode and a session, and validates input", async ({ page }) => {
    await loginAs(page, "therapist2@demo.bordin");
    await expect(page).toHaveURL(/\/caseload$/);
    const bad = await apiPost(page.request, "/api/v1/patients", { code: "", birthYear: "old" });
    expect(bad.status()).toBe(422);
    expect(Object.keys(((await bad.json()) as { fieldErrors: object }).fieldErrors).sort()).toEqual(["birthYear", "code"]);
    const created = await apiPost(page.request, "/api/v1/patients", { code: "API-1" });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await apiPost(page.request, "/api/v1/patients", { code: "API-1" })).status()).toBe(409);
    const episode = await apiPost(page.request, `/api/v1/patients/${id}/episodes`, { modality: "cbt", goals: ["Fewer panic attacks"] });
    expect(episode.status()).toBe(201);
    const { id: episodeId } = (await episode.json()) as { id: string };
    const noDim = await apiPost(page.request, `/api/v1/episodes/${episodeId}/sessions`, { marker: "confrontation" });
    expect(noDim.status()).toBe(422);
    const session = await apiPost(page.request, `/api/v1/episodes/${episodeId}/sessions`, { marker: "confrontation", markerDimension: "goals", therapistGoals: 6 });
    expect(session.status()).toBe(201);
    expect(await session.json()).toMatchObject({ number: 1, marker: "confrontation", therapist: { goals: 60 } });
    const alliance = (await (await page.request.get(`/api/v1/episodes/${episodeId}/alliance`)).json()) as { ruptures: { status: string; engine: { dimensions: string[] } }[] };
    expect(alliance.ruptures.map((r) => [r.status, r.engine.dimensions])).toEqual([["open", ["goals"]]]);
    const doc = (await (await page.request.get("/api/v1/openapi.json")).json()) as { openapi: string };
    expect(doc.openapi).toBe("3.1.0");
  });

  test("a supervisor reads a supervisee's timeline without write controls", async ({ page }) => {
    const db = createPrismaClient(E2E_DATABASE_URL);
    const episode = await db.treatmentEpisode.findFirstOrThrow({ where: { therapist: { email: "therapist@demo.bordin" }, status: "active", ruptures: { some: {} } } });
    await db.$disconnect();
    await loginAs(page, "supervisor@demo.bordin");
    await expect(page).toHaveURL(/\/supervision$/);
    await page.goto(`/episodes/${episode.id}`);
    await expect(page.getByRole("heading", { level: 2, name: "Ruptures" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Log a session" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Confirm|Dismiss/ })).toHaveCount(0);
    await expect(page.getByText("End treatment episode")).toHaveCount(0);
  });
});
