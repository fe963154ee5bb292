import type { Page } from "@playwright/test";
import { test, expect, loginAs } from "./fixtures";
import { e2eDb, freshSession } from "./records";

// An open rating-link page must not keep the therapist's session alive, nor write an audit event
// every 20 seconds: its background check asks a small route for the state, and only a change (the
// rating arrived) re-reads the page, which is one audited page view.
const LOGIN_COOKIE = "bordin.session-token";
const audits = () => e2eDb.auditEvent.count();
type Headers = { name: string; value: string }[];
const setsSessionCookie = async (res: { headersArray(): Headers | Promise<Headers> } | null) =>
  ((await res?.headersArray()) ?? []).some((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${LOGIN_COOKIE}=`));
const statusPath = (id: string) => `/api/v1/sessions/${id}/rating-status`;

async function loginAsTherapist(page: Page) {
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
}

/**
 * Every answer the page gets from the status route; every re-read of the page itself (a document
 * or RSC request that is not a prefetch of a link); and the URLs of all answers that renewed the
 * session cookie (prefetches included).
 */
function watchTraffic(page: Page) {
  const polls: number[] = [];
  const pageReads: string[] = [];
  const checked: Promise<string | null>[] = [];
  page.on("response", (r) => {
    const headers = r.request().headers();
    if (r.url().includes("/rating-status")) polls.push(r.status());
    else if ((r.request().resourceType() === "document" || headers["rsc"] === "1") && !headers["next-router-prefetch"]) pageReads.push(r.url());
    checked.push(r.headerValue("set-cookie").then((v) => (v?.includes(`${LOGIN_COOKIE}=`) ? r.url() : null), () => null));
  });
  const renewals = async () => (await Promise.all(checked)).filter((url) => url !== null);
  return { polls, pageReads, renewals };
}

test("three background checks write no audit event and do not renew the session; the page view writes one", async ({ page, request }) => {
  const session = await freshSession();
  await loginAsTherapist(page);
  const before = await audits();
  for (let i = 0; i < 3; i++) {
    const res = await page.request.get(statusPath(session.id));
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ rated: false, linkState: "none" });
    expect(await setsSessionCookie(res)).toBe(false);
    expect(res.headers()["cache-control"]).toContain("no-store");
  }
  expect(await audits()).toBe(before);
  const view = await page.goto(`/sessions/${session.id}/rating-link`);
  expect(await setsSessionCookie(view)).toBe(true);
  expect(await audits()).toBe(before + 1);
  // Another therapist's session is not found; without a session the answer is 401.
  const foreign = await freshSession("therapist4@demo.bordin");
  expect((await page.request.get(statusPath(foreign.id))).status()).toBe(404);
  expect((await request.get(statusPath(session.id))).status()).toBe(401);
});

test("the open page checks quietly, shows the rating once it arrives, and stops when the session has ended", async ({ page, request }) => {
  test.setTimeout(60_000);
  const session = await freshSession();
  await loginAsTherapist(page);
  await page.clock.install();
  await page.goto(`/sessions/${session.id}/rating-link`);
  await page.getByRole("button", { name: "Create rating link" }).click();
  const url = await page.getByLabel("Link", { exact: true }).inputValue();
  // Creating the link was the user's doing (Next then prefetches the page's links again): let it settle.
  await page.waitForLoadState("networkidle");
  const { polls, pageReads, renewals } = watchTraffic(page);
  const before = await audits();
  await page.clock.runFor(61_000);
  await expect.poll(() => polls.length).toBeGreaterThanOrEqual(3);
  expect(polls.every((s) => s === 200)).toBe(true);
  expect(pageReads).toEqual([]);
  expect(await renewals()).toEqual([]);
  expect(await audits()).toBe(before);

  const token = url.split("/r/")[1];
  expect((await request.post(`/api/v1/ratings/${token}`, { data: { answers: { bond: 8, goals: 8, tasks: 8 }, difficulty: "none" } })).status()).toBe(201);
  const arrived = await audits();
  await page.clock.runFor(20_000);
  await expect(page.getByText("The patient's rating has arrived.")).toBeVisible();
  // One re-read of this page: a view like any other, audited, and it renews the session.
  expect(pageReads).toEqual([expect.stringContaining(`/sessions/${session.id}/rating-link`)]);
  expect(await renewals()).toContain(pageReads[0]);
  expect(await audits()).toBe(arrived + 1);
});

test("when the session has ended the check gets 401, stops, and the page gives way to the login page", async ({ page }) => {
  const session = await freshSession();
  await loginAsTherapist(page);
  await page.clock.install();
  await page.goto(`/sessions/${session.id}/rating-link`);
  await page.getByRole("button", { name: "Create rating link" }).click();
  await expect(page.getByLabel("Link", { exact: true })).toHaveValue(/\/r\//);
  const { polls } = watchTraffic(page);
  await page.context().clearCookies({ name: LOGIN_COOKIE });
  await page.clock.runFor(21_000);
  await expect(page).toHaveURL(/\/login/);
  const seen = polls.length;
  expect(polls).toContain(401);
  await page.clock.runFor(60_000);
  expect(polls).toHaveLength(seen);
});
