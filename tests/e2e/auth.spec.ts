import { test, expect, loginAs, expectNoAxeViolations } from "./fixtures";

const LOGIN_COOKIE = "bordin.session-token";

test.describe("login and roles", () => {
  for (const [email, path, heading] of [
    ["admin@demo.bordin", "/admin", "Administration"],
    ["supervisor@demo.bordin", "/supervision", "Supervision"],
    ["therapist@demo.bordin", "/caseload", "Caseload"],
  ] as const) {
    test(`${email} logs in and lands on ${path}`, async ({ page }) => {
      await loginAs(page, email);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    });
  }

  test("a wrong password gives a clear error and no session", async ({ page, context }) => {
    await loginAs(page, "therapist@demo.bordin", "not-the-password");
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    expect((await context.cookies()).some((c) => c.name === LOGIN_COOKIE)).toBe(false);
    await page.goto("/caseload");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcaseload/);
  });

  test("an unauthenticated visit to any page goes to login", async ({ page }) => {
    for (const path of ["/", "/caseload", "/supervision", "/admin", "/patients/some-id"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByRole("heading", { level: 1, name: "Log in to Bordin" })).toBeVisible();
    }
  });

  test("after login the user returns to the page they asked for", async ({ page }) => {
    await page.goto("/supervision");
    await page.getByLabel("Email").fill("supervisor@demo.bordin");
    await page.getByLabel("Password").fill("bordin-demo");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(/\/supervision$/);
  });

  test("logout ends the session, and the old cookie no longer works", async ({ page, context }) => {
    await loginAs(page, "therapist@demo.bordin");
    await expect(page).toHaveURL(/\/caseload$/);
    const cookie = (await context.cookies()).find((c) => c.name === LOGIN_COOKIE);
    expect(cookie).toBeTruthy();
    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByText("You are logged out.")).toBeVisible();
    await page.goto("/caseload");
    await expect(page).toHaveURL(/\/login/);
    // Replaying the cookie from before the logout must not bring the session back.
    await context.addCookies([cookie!]);
    await page.goto("/caseload");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the language switch changes the UI text", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in to Bordin");
    await page.getByRole("button", { name: "Norsk (bokmål)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logg inn i Bordin");
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await loginAs(page, "therapist@demo.bordin");
    await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  });

  test("the login page has no axe violations", async ({ page }) => {
    await page.goto("/login");
    await expectNoAxeViolations(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch works on the login page and on the patient's code page", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Norsk (bokmål)" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logg inn i Bordin");
    await page.goto("/r");
    const english = await page.getByRole("heading", { level: 1 }).textContent();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/r$/);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(english ?? "");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
