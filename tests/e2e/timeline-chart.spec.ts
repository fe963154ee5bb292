import type { APIRequestContext } from "@playwright/test";
import { test, expect, loginAs, expectNoAxeViolations, apiPost } from "./fixtures";
import { createPrismaClient } from "@/lib/prisma-client";
import { E2E_DATABASE_URL } from "../../playwright.config";

// The chart draws only what was measured, with the guides the rules speak of, and the caseload
// shows the latest total as a number (issue: measurement a clinician can trust and read).

async function newEpisode(request: APIRequestContext, code: string): Promise<string> {
  const patient = await apiPost(request, "/api/v1/patients", { code });
  expect(patient.status()).toBe(201);
  const episode = await apiPost(request, `/api/v1/patients/${((await patient.json()) as { id: string }).id}/episodes`, { modality: "cbt" });
  expect(episode.status()).toBe(201);
  return ((await episode.json()) as { id: string }).id;
}

/** Logs `ratings.length` sessions; each number is the patient's 0–10 answer to all three items, null leaves it unrated. */
async function sessions(request: APIRequestContext, episodeId: string, ratings: (number | null)[]) {
  for (const v of ratings) {
    const s = await apiPost(request, `/api/v1/episodes/${episodeId}/sessions`, {});
    expect(s.status()).toBe(201);
    if (v === null) continue;
    const link = await apiPost(request, `/api/v1/sessions/${((await s.json()) as { id: string }).id}/rating-link`);
    const { token } = (await link.json()) as { token: string };
    const res = await request.post(`/api/v1/ratings/${token}`, { data: { answers: { bond: v, goals: v, tasks: v }, difficulty: "none" } });
    expect(res.status()).toBe(201);
  }
}

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36).slice(-5).toUpperCase()}`;

test("an unrated session breaks the line and is marked; the cutoff, the usual band and the axes are labelled", async ({ page }) => {
  await loginAs(page, "therapist3@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  const episodeId = await newEpisode(page.request, unique("GAP"));
  await sessions(page.request, episodeId, [9, 9, 9, null, 5, 9, 9, 9, 9]);
  await page.goto(`/episodes/${episodeId}`);

  const chart = page.locator(".timeline-chart");
  const total = chart.locator(".series-total path.recharts-line-curve, .series-total path.recharts-curve").first();
  await expect(total).toBeVisible();
  // One path, two pieces: "M" starts each drawn stretch, so the unrated session 4 leaves a gap.
  const d = (await total.getAttribute("d")) ?? "";
  expect(d.match(/M/g)?.length).toBe(2);
  await expect(chart.locator(".unrated-mark")).toHaveCount(1);
  await expect(chart.locator("svg text", { hasText: /^Cutoff 80$/ })).toBeVisible();
  await expect(chart.locator(".cutoff-line")).toHaveCount(1);
  await expect(chart.locator(".usual-band")).toHaveCount(1);
  await expect(chart.locator("svg text", { hasText: /^Session$/ })).toBeVisible();
  await expect(chart.locator("svg text", { hasText: /^Score \(0–100\)$/ })).toBeVisible();
  await expect(chart.getByText("Session not rated: the line is broken there")).toBeVisible();
  await expect(chart.getByText(/usual range since session 7, 80 to 100/)).toBeVisible();
  // After the repair at session 6 the usual level starts afresh from sessions 7–9. The text
  // alternative names the rupture at session 5 and the unrated session.
  await expect(chart.getByRole("img").first()).toHaveAccessibleName(/Ruptures: Repaired, sessions 5 to 6\..*session 4\./);
  await expect(page.getByText("Patients and therapists answer each item from 0 to 10")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the caseload shows each patient's latest total and its change beside the sparkline", async ({ page }) => {
  await loginAs(page, "therapist3@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  const code = unique("LT");
  await sessions(page.request, await newEpisode(page.request, code), [9, 7]);
  await page.goto("/caseload");
  await page.getByLabel("Search by code").fill(code);
  await page.getByRole("button", { name: "Apply" }).click();
  const cell = page.getByRole("row", { name: new RegExp(code) }).locator(".latest-total");
  await expect(cell.locator("strong")).toHaveText("70");
  await expect(cell.locator(".total-change")).toHaveText(/\(−20\)$/);
  await expect(cell).toHaveText("Latest total: 70 change from the rating before: (−20)");
});

for (const locale of ["nb", "en"] as const) {
  test(`a supervisor reads the therapist's judgement, in words for their role (${locale})`, async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "bordin-locale", value: locale, url: baseURL! }]);
    await loginAs(page, "supervisor@demo.bordin");
    await expect(page).toHaveURL(/\/supervision$/);
    const db = createPrismaClient(E2E_DATABASE_URL);
    const episode = await db.treatmentEpisode.findFirstOrThrow({ where: { therapist: { email: "therapist@demo.bordin" }, ruptures: { some: { current: true } } } });
    await db.$disconnect();
    await page.goto(`/episodes/${episode.id}`);
    const words = locale === "en" ? { judgement: "The therapist's judgement", own: "Your judgement" } : { judgement: "Terapeutens vurdering", own: "Din vurdering" };
    await expect(page.locator(".rupture-card").first()).toContainText(words.judgement);
    await expect(page.locator("main")).not.toContainText(words.own);
    await expect(page.getByText(locale === "en" ? "The therapist's own rating (total)" : "Terapeutens egen vurdering (samlet)")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
