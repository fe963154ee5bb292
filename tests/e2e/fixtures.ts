import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

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
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// Every test starts in English unless it switches, so text selectors are stable.
export const test = base.extend({
  page: async ({ page, baseURL }, provide) => {
    await page.context().addCookies([{ name: "bordin-locale", value: "en", url: baseURL! }]);
    await provide(page);
  },
});
export { expect };
