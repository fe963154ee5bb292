import type { Page } from "@playwright/test";
import { test, expect, loginAs, apiPost, DEMO_PASSWORD } from "./fixtures";
import { E2E_BASE_URL } from "../../playwright.config";
import { e2eDb, freshSession } from "./records";

// The findings of a security probe on the production build, replayed over real HTTP.
const EVIL = "https://evil.example";

/** Collects every 5xx answer the page receives: bad input must never be a server error. */
function serverErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 500) seen.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return seen;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`login with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test("a callbackUrl that would leave the site is dropped: the user lands on their home page", async ({ browser, baseURL }) => {
      // Tab and newline are stripped by browsers ("/\t/evil" is "//evil"); "\" reads as "/".
      for (const callbackUrl of ["%2F%09%2Fevil.example%2Fphish", "%2F%0A%2Fevil.example%2Fphish", "%2F%5Cevil.example", "%2F.%2F%2Fevil.example", "%2F%2Fevil.example"]) {
        // A fresh browser each time: a late answer of the last round cannot bring its session back.
        const context = await browser.newContext({ javaScriptEnabled, baseURL });
        await context.addCookies([{ name: "bordin-locale", value: "en", url: baseURL! }]);
        const page = await context.newPage();
        const errors = serverErrors(page);
        await page.goto(`/login?callbackUrl=${callbackUrl}`);
        await page.getByLabel("Email").fill("therapist@demo.bordin");
        await page.getByLabel("Password").fill(DEMO_PASSWORD);
        await page.getByRole("button", { name: "Log in" }).click();
        await expect(page, callbackUrl).toHaveURL(`${E2E_BASE_URL}/caseload`);
        await expect(page.getByRole("heading", { level: 1, name: "Caseload" })).toBeVisible();
        expect(errors, callbackUrl).toEqual([]);
        await context.close();
      }
    });
  });
}

test("the language switch goes back only to a path on this site", async ({ request }) => {
  for (const returnTo of ["/\t/evil.example", "/\n/evil.example", "/\\evil.example", "//evil.example", "/.//evil.example"]) {
    const res = await request.post("/locale", { form: { locale: "en", returnTo }, maxRedirects: 0 });
    expect(res.status(), JSON.stringify(returnTo)).toBe(303);
    expect(res.headers().location, JSON.stringify(returnTo)).toBe("/");
  }
});

test("REST writes with the session cookie need JSON and an Origin of this site", async ({ page }) => {
  await loginAs(page, "therapist2@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  const created = () => e2eDb.patient.count({ where: { code: { startsWith: "CSRF-" } } });
  const cases: [Record<string, string>, string, number, string][] = [
    // A cross-site form can send text/plain or form-encoded bodies without a CORS preflight.
    [{ Origin: EVIL, "Content-Type": "text/plain" }, '{"code":"CSRF-1"}', 403, "forbidden"],
    [{ Origin: EVIL, "Content-Type": "application/x-www-form-urlencoded" }, "code=CSRF-2", 403, "forbidden"],
    [{ Origin: EVIL, "Content-Type": "application/json" }, '{"code":"CSRF-3"}', 403, "forbidden"],
    [{ Origin: "null", "Content-Type": "application/json" }, '{"code":"CSRF-4"}', 403, "forbidden"],
    [{ "Content-Type": "application/json" }, '{"code":"CSRF-5"}', 403, "forbidden"],
    [{ Origin: `${E2E_BASE_URL}.evil.example`, "Content-Type": "application/json" }, '{"code":"CSRF-6"}', 403, "forbidden"],
    [{ Origin: E2E_BASE_URL, "Content-Type": "text/plain" }, '{"code":"CSRF-7"}', 415, "unsupported_media_type"],
    [{ Origin: E2E_BASE_URL, "Content-Type": "application/x-www-form-urlencoded" }, "code=CSRF-8", 415, "unsupported_media_type"],
    [{ Origin: E2E_BASE_URL, "Content-Type": "multipart/form-data; boundary=x" }, '--x\r\nContent-Disposition: form-data; name="code"\r\n\r\nCSRF-9\r\n--x--\r\n', 415, "unsupported_media_type"],
  ];
  for (const [headers, data, status, error] of cases) {
    const res = await page.request.post("/api/v1/patients", { headers, data });
    expect(res.status(), JSON.stringify(headers)).toBe(status);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect(await res.json()).toMatchObject({ error });
  }
  expect(await created()).toBe(0);
  const ok = await page.request.post("/api/v1/patients", { headers: { Origin: E2E_BASE_URL, "Content-Type": "application/json; charset=utf-8" }, data: '{"code":"CSRF-OK"}' });
  expect(ok.status()).toBe(201);
  expect(await created()).toBe(1);
});

test("a server action posted from another site, or with no Origin, is refused with 403 before it runs", async ({ request }) => {
  for (const origin of [EVIL, "null", undefined]) {
    const headers = { "Next-Action": "7f".padEnd(42, "0"), "Content-Type": "text/plain;charset=UTF-8", ...(origin ? { Origin: origin } : {}) };
    expect((await request.post("/login", { headers, data: "[]" })).status(), String(origin)).toBe(403);
  }
  // The same without JavaScript: a plain multipart form post naming the action in a field.
  const form = await request.post("/login", { headers: { Origin: EVIL }, multipart: { "$ACTION_ID_7f00": "", email: "therapist@demo.bordin", password: "x" } });
  expect(form.status()).toBe(403);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`hand-over with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("handing over another therapist's session is the not-found page; a rated one goes back to its rating", async ({ page }) => {
      const foreign = await freshSession("therapist@demo.bordin");
      const own = await freshSession("therapist2@demo.bordin");
      const rated = await freshSession("therapist2@demo.bordin");
      const errors = serverErrors(page);
      await loginAs(page, "therapist2@demo.bordin");
      await expect(page).toHaveURL(/\/caseload$/);
      const link = await (await apiPost(page.request, `/api/v1/sessions/${rated.id}/rating-link`)).json();
      expect((await page.request.post(`/api/v1/ratings/${link.token}`, { data: { answers: { bond: 5, goals: 5, tasks: 5 }, difficulty: "none" } })).status()).toBe(201);

      const handOver = async (sessionId: string) => {
        await page.goto(`/sessions/${own.id}/handover`);
        if (javaScriptEnabled) {
          await page.locator('input[name="id"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), sessionId);
          await page.getByRole("button", { name: "Hand to patient" }).click();
          return;
        }
        // Without JavaScript the form is a plain POST naming the action in a hidden field.
        const actionField = (await page.locator('form:has(input[name="id"]) input[name^="$ACTION_ID_"]').getAttribute("name"))!;
        return page.request.post(`/sessions/${own.id}/handover`, { headers: { Origin: E2E_BASE_URL }, multipart: { [actionField]: "", id: sessionId }, maxRedirects: 0 });
      };
      const refused = await handOver(foreign.id);
      if (refused) {
        expect(refused.status()).toBe(404);
        expect(await refused.text()).toContain("Page not found");
      } else {
        await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      }
      expect(await e2eDb.ratingLink.count({ where: { sessionId: foreign.id } })).toBe(0);

      const back = await handOver(rated.id);
      if (back) {
        expect(back.status()).toBe(303);
        expect(back.headers().location).toBe(`/sessions/${rated.id}/rating-link`);
      } else {
        await expect(page).toHaveURL(new RegExp(`/sessions/${rated.id}/rating-link$`));
        await expect(page.getByText("The patient's rating has arrived.")).toBeVisible();
      }
      // Neither attempt locked the therapist's session.
      await page.goto("/caseload");
      await expect(page).toHaveURL(/\/caseload$/);
      expect(errors).toEqual([]);
    });
  });
}
