import type { APIRequestContext, APIResponse } from "@playwright/test";
import { test, expect, loginAs, apiPost } from "./fixtures";
import { E2E_BASE_URL } from "../../playwright.config";
import { freshSession } from "./records";

// Security headers of the production build: a Content-Security-Policy with a fresh nonce on every
// page (the nonce on each of the page's scripts), HSTS only over https, and no caching of any API
// answer. Browser-side CSP violations are caught on every test by the fixture in fixtures.ts.
const NONCE = "'nonce-([A-Za-z0-9+/_=-]{16,})'";

function nonceOf(res: APIResponse): string {
  const csp = res.headers()["content-security-policy"];
  expect(csp, res.url()).toBeTruthy();
  const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(" ")]));
  expect(directives["script-src"]).toMatch(new RegExp(`^'self' ${NONCE} 'strict-dynamic'$`));
  expect(directives).toMatchObject({
    "default-src": "'self'",
    "img-src": "'self' data:",
    "frame-ancestors": "'none'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
  });
  expect(directives["style-src"]).toMatch(/^'self'( 'unsafe-inline')?$/);
  return directives["script-src"].match(new RegExp(NONCE))![1];
}

/** Two requests for the page: each has its own nonce, and a rendered page puts it on every script. */
async function expectFreshNonces(request: APIRequestContext, path: string) {
  const [first, second] = [await request.get(path, { maxRedirects: 0 }), await request.get(path, { maxRedirects: 0 })];
  const nonce = nonceOf(first);
  expect(nonceOf(second), path).not.toBe(nonce);
  if (first.status() !== 200) return;
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, path).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
}

test("every page sends a CSP whose nonce changes with each request and is on each of its scripts", async ({ page, request }) => {
  for (const path of ["/login", "/r", `/r/${"A".repeat(43)}`, "/r/form", "/r/thanks", "/locked", "/handover", "/caseload", "/no-such-page"]) {
    await expectFreshNonces(request, path);
  }
  const session = await freshSession();
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  for (const path of ["/caseload", "/patients/new", `/sessions/${session.id}/rating-link`, `/sessions/${session.id}/handover`, `/episodes/${session.episodeId}`]) {
    await expectFreshNonces(page.request, path);
  }
});

test("HSTS is sent only when the app is reached over https", async ({ request }) => {
  expect((await request.get("/login")).headers()["strict-transport-security"]).toBeUndefined();
  // Set by the app's front server when a trusted proxy vouches for https (lib/http/security-headers.ts).
  const https = await request.get("/login", { headers: { "x-bordin-client-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

test("every API answer, errors included, says Cache-Control: no-store", async ({ page, request }) => {
  const session = await freshSession();
  const answers: APIResponse[] = [
    await request.get("/api/v1/patients"),
    await request.post("/api/v1/patients", { data: {} }),
    await request.get("/api/v1/openapi.json"),
    await request.get("/api/health"),
    await request.get("/api/v1/no-such-route"),
    await request.post(`/api/v1/ratings/${"A".repeat(43)}`, { data: {} }),
    await request.post(`/api/v1/ratings/${"A".repeat(43)}`, { headers: { "Content-Type": "text/plain" }, data: "x" }),
    await request.get(`/api/v1/sessions/${session.id}/rating-status`),
  ];
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  answers.push(
    await page.request.get("/api/v1/patients"),
    await page.request.get("/api/v1/patients/no-such-patient"),
    await page.request.get(`/api/v1/sessions/${session.id}/rating-status`),
    await apiPost(page.request, "/api/v1/patients", { code: "" }),
    await page.request.post("/api/v1/patients", { headers: { Origin: E2E_BASE_URL, "Content-Type": "text/plain" }, data: "{}" }),
    await page.request.post("/api/v1/patients", { headers: { Origin: "https://evil.example" }, data: {} }),
  );
  expect(new Set(answers.map((r) => r.status()))).toEqual(new Set([200, 401, 403, 404, 415, 422]));
  for (const res of answers) expect(res.headers()["cache-control"], `${res.status()} ${res.url()}`).toContain("no-store");
});

test("the fixtures' CSP watch sees a script injected into a page, which the policy blocks", async ({ page, cspViolations }) => {
  // As if the server's HTML carried an injected script (stored XSS): same headers, one more tag.
  await page.route("**/login", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body });
  });
  await page.goto("/login");
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => "__injected" in window)).toBe(false);
  // Caused on purpose: the fixture would fail the test on it.
  cspViolations.length = 0;
});
