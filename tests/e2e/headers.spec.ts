import type { APIRequestContext, APIResponse } from "@playwright/test";
import { test, expect, loginAs, apiPost } from "./fixtures";
import { spawn } from "node:child_process";
import { E2E_BASE_URL, E2E_DATABASE_URL, E2E_SECRET, PORT } from "../../playwright.config";
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

/**
 * Two requests for the page: each has its own nonce, and a rendered page puts it on every script —
 * or, for the patient's pages (plain HTML, docs/decisions/0009), has no script and preloads none.
 */
async function expectFreshNonces(request: APIRequestContext, path: string, scripts: "nonced" | "none" = "nonced") {
  const [first, second] = [await request.get(path, { maxRedirects: 0 }), await request.get(path, { maxRedirects: 0 })];
  const nonce = nonceOf(first);
  expect(nonceOf(second), path).not.toBe(nonce);
  if (first.status() !== 200) return;
  const html = await first.text();
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  if (scripts === "none") {
    expect(tags, path).toEqual([]);
    expect(html, path).not.toMatch(/<link\b[^>]*\b(as="script"|rel="modulepreload")/);
    return;
  }
  expect(tags.length, path).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
}

test("every page sends a CSP whose nonce changes with each request and is on each of its scripts; the patient's pages have none", async ({ page, request }) => {
  for (const path of ["/r", `/r/${"A".repeat(43)}`, "/r/form", "/r/thanks", "/locked", "/handover"]) await expectFreshNonces(request, path, "none");
  for (const path of ["/login", "/caseload", "/no-such-page"]) await expectFreshNonces(request, path);
  const session = await freshSession();
  await loginAs(page, "therapist@demo.bordin");
  await expect(page).toHaveURL(/\/caseload$/);
  for (const path of ["/caseload", "/patients/new", `/sessions/${session.id}/rating-link`, `/sessions/${session.id}/handover`, `/episodes/${session.episodeId}`]) {
    await expectFreshNonces(page.request, path);
  }
});

test("HSTS is sent only when the app is reached over https", async ({ request }) => {
  expect((await request.get("/login")).headers()["strict-transport-security"]).toBeUndefined();
  // A client cannot claim https for itself: with no trusted proxy, its headers are dropped.
  const forged: Record<string, string>[] = [{ "x-bordin-client-proto": "https" }, { "X-Forwarded-Proto": "https" }];
  for (const headers of forged) {
    expect((await request.get("/login", { headers })).headers()["strict-transport-security"], JSON.stringify(headers)).toBeUndefined();
  }
});

test("behind a trusted TLS proxy (TRUSTED_PROXIES), HSTS is sent when the proxy says https", async ({ playwright }) => {
  test.setTimeout(90_000);
  // A second server on the same build and database, trusting loopback as its proxy, as a deployment
  // behind nginx on the same host would.
  const port = PORT + 1;
  const server = spawn("node_modules/.bin/tsx", ["scripts/serve.ts"], {
    env: { ...process.env, PORT: String(port), TRUSTED_PROXIES: "loopback", DATABASE_URL: E2E_DATABASE_URL, NEXTAUTH_SECRET: E2E_SECRET },
    stdio: "ignore",
  });
  try {
    const proxied = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` });
    await expect.poll(async () => (await proxied.get("/api/health").catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
    const https = await proxied.get("/login", { headers: { "X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.7" } });
    expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect((await proxied.get("/login", { headers: { "X-Forwarded-Proto": "http" } })).headers()["strict-transport-security"]).toBeUndefined();
    await proxied.dispose();
  } finally {
    server.kill("SIGTERM");
  }
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

test("robots.txt keeps every page out of search engines", async ({ request }) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  expect((await res.text()).split("\n")).toEqual(expect.arrayContaining(["User-agent: *", "Disallow: /"]));
});
