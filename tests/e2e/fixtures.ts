import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { E2E_BASE_URL } from "../../playwright.config";

export const DEMO_PASSWORD = "bordin-demo";

/** Logs in through the real login form. */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/^(E-post|Email)$/).fill(email);
  await page.getByLabel(/^(Passord|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(Logg inn|Log in)$/ }).click();
}

/** Fails the test on any WCAG 2.2 A/AA violation axe finds on the current page. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation (a login's redirect) the URL changes before the new page's
  // metadata is applied; every page of ours has a title, so wait for it before judging the page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * A JSON write to the REST API with the session cookie of `request`, as the app's own pages would
 * send it: the API refuses cookie-authenticated writes without a same-origin Origin.
 */
export function apiPost(request: APIRequestContext, path: string, data: unknown = {}) {
  return request.post(path, { data, headers: { Origin: E2E_BASE_URL } });
}

// Content-Security-Policy violations: the browser reports each on the console ("Refused to …")
// and, with JavaScript on, as a `securitypolicyviolation` event, which an init script forwards to
// the console. Watched on every context a test uses, its own and any it opens (a patient's phone).
const CSP_MESSAGE = /Content Security Policy|Refused to|\[csp-violation\]/;

async function watchCsp(context: BrowserContext, seen: string[]) {
  context.on("console", (message) => {
    if (CSP_MESSAGE.test(message.text())) seen.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`[csp-violation] ${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
  });
}

// Every test starts in English unless it switches, so text selectors are stable, and fails on any
// CSP violation in any page it opened.
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser, context }, provide) => {
      const seen: string[] = [];
      await watchCsp(context, seen);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        await watchCsp(opened, seen);
        return opened;
      };
      await provide(seen);
      browser.newContext = newContext;
      expect(seen, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page, baseURL }, provide) => {
    await page.context().addCookies([{ name: "bordin-locale", value: "en", url: baseURL! }]);
    await provide(page);
  },
});
export { expect };
