import { test, expect, expectNoAxeViolations, loginAs } from "./fixtures";
import { createPrismaClient } from "@/lib/prisma-client";
import { E2E_DATABASE_URL } from "../../playwright.config";

// The supervisor's own notes on a supervisee, on the supervisee's page: written, changed and
// deleted through the forms, with clear messages, audited, and seen by nobody else.
const SUPERVISEE = "therapist2@demo.bordin";

async function superviseeId(): Promise<string> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  const { id } = await db.user.findUniqueOrThrow({ where: { email: SUPERVISEE } });
  await db.$disconnect();
  return id;
}

test("a supervisor writes, changes and deletes a note; too long a note is explained", async ({ page }) => {
  const id = await superviseeId();
  const text = `Discussed patient codes only, ${Date.now()}`;
  await loginAs(page, "supervisor@demo.bordin");
  await expect(page).toHaveURL(/\/supervision$/);
  await page.goto(`/supervision/therapists/${id}`);
  const notes = page.locator("#supervisor-notes");
  await expect(notes.getByRole("heading", { level: 2, name: "Your supervision notes" })).toBeVisible();
  await expect(notes).toContainText("Only you can read these notes");

  const add = notes.locator("details").filter({ has: page.getByText("Add a note") });
  // Open when there is no note yet; otherwise the supervisor opens it.
  if (!(await add.evaluate((d) => (d as HTMLDetailsElement).open))) await add.locator("summary").click();
  await add.getByLabel("Meeting date").fill("2026-01-20");
  await add.getByLabel("Note", { exact: true }).fill("x".repeat(4001));
  await add.getByRole("button", { name: "Save note" }).click();
  await expect(add.locator(".field-error", { hasText: "Keep the note to at most 4,000 characters." })).toBeVisible();
  await expect(add.getByLabel("Note", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await add.getByLabel("Note", { exact: true }).fill(text);
  await add.getByRole("button", { name: "Save note" }).click();
  await expect(page).toHaveURL(/done=created/);
  await expect(page.getByRole("status").filter({ hasText: "Note saved." })).toBeVisible();
  const list = page.getByRole("list", { name: "Notes by meeting date" });
  const item = list.locator(":scope > li").filter({ hasText: text });
  await expect(item.getByRole("heading", { level: 3 })).toHaveText("Meeting January 20, 2026");

  await item.getByText("Change the note of January 20, 2026").click();
  await item.getByLabel("Note", { exact: true }).fill(`${text} (changed)`);
  await item.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/done=updated/);
  const changed = list.locator(":scope > li").filter({ hasText: `${text} (changed)` });
  await expect(changed).toHaveCount(1);

  const db = createPrismaClient(E2E_DATABASE_URL);
  const note = await db.supervisorNote.findFirstOrThrow({ where: { text: `${text} (changed)` } });
  await changed.getByRole("button", { name: "Delete the note of January 20, 2026" }).click();
  await expect(page).toHaveURL(/done=deleted/);
  await expect(list.locator(":scope > li").filter({ hasText: text })).toHaveCount(0);
  const trail = await db.auditEvent.findMany({ where: { entityId: note.id }, select: { action: true }, orderBy: { at: "asc" } });
  await db.$disconnect();
  expect(trail.map((e) => e.action)).toEqual(["supervisorNote.create", "supervisorNote.update", "supervisorNote.delete"]);
});

test("another supervisor, the admin and the therapist reach no one's notes", async ({ browser, baseURL }) => {
  const id = await superviseeId();
  for (const email of ["supervisor2@demo.bordin", "admin@demo.bordin", SUPERVISEE]) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await loginAs(page, email);
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    expect((await page.goto(`/supervision/therapists/${id}`))?.status(), email).toBe(404);
    await context.close();
  }
});

for (const locale of ["nb", "en"] as const) {
  test(`the supervisee's page with notes has no axe violations (${locale})`, async ({ page, baseURL }) => {
    const id = await superviseeId();
    await page.context().addCookies([{ name: "bordin-locale", value: locale, url: baseURL! }]);
    await loginAs(page, "supervisor@demo.bordin");
    await expect(page).toHaveURL(/\/supervision$/);
    const db = createPrismaClient(E2E_DATABASE_URL);
    const supervisor = await db.user.findUniqueOrThrow({ where: { email: "supervisor@demo.bordin" } });
    await db.supervisorNote.create({ data: { clinicId: supervisor.clinicId, supervisorId: supervisor.id, therapistId: id, meetingDate: new Date("2026-01-13"), text: `Axe ${locale}\nSecond line` } });
    await db.$disconnect();
    await page.goto(`/supervision/therapists/${id}?done=created`);
    await expect(page.locator("#supervisor-notes li").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator("#supervisor-notes li details summary").first().click();
    await expectNoAxeViolations(page);
  });
}
