import { test, expect, loginAs, expectNoAxeViolations } from "./fixtures";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { createPrismaClient } from "@/lib/prisma-client";

// WCAG 2.2 AA on every page a user reaches, in both languages, checked with axe.
const db = createPrismaClient(E2E_DATABASE_URL);

async function therapistPages() {
  const therapist = await db.user.findUniqueOrThrow({ where: { email: "therapist@demo.bordin" } });
  const episode = await db.treatmentEpisode.findFirstOrThrow({ where: { therapistId: therapist.id, status: "active" }, include: { sessions: { take: 1 } } });
  return [
    "/caseload",
    "/patients/new",
    `/patients/${episode.patientId}`,
    `/episodes/${episode.id}`,
    `/episodes/${episode.id}/sessions/new`,
    `/sessions/${episode.sessions[0].id}/rating-link`,
    `/sessions/${episode.sessions[0].id}/handover`,
  ];
}

for (const locale of ["en", "nb"] as const) {
  test(`therapist pages have no axe violations (${locale})`, async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "bordin-locale", value: locale, url: baseURL! }]);
    await loginAs(page, "therapist@demo.bordin");
    await expect(page).toHaveURL(/\/caseload$/);
    for (const path of await therapistPages()) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test("supervisor, admin and public pages have no axe violations", async ({ page }) => {
  for (const path of ["/login", "/r", "/locked"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await loginAs(page, "supervisor@demo.bordin");
  await expect(page).toHaveURL(/\/supervision$/);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Log out" }).click();
  await loginAs(page, "admin@demo.bordin");
  await expect(page).toHaveURL(/\/admin$/);
  await expectNoAxeViolations(page);
});
