import { defineConfig, devices } from "@playwright/test";

// e2e runs against the production build, on its own database (recreated each run), in Debian's
// Chromium. Never `npx playwright install`: this machine cannot download browsers.
// E2E_PORT and NEXT_DIST_DIR let two runs share a work tree without sharing a server or a build.
export const PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DATABASE_URL = `file:./data/e2e-${PORT}/bordin.db`;
/** The e2e server's secret, so a test can sign what the server signs (e.g. a typed code's cookie). */
export const E2E_SECRET = "e2e-secret-not-for-production";
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `rm -rf data/e2e-${PORT} && node_modules/.bin/tsx scripts/start.ts`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next", PORT: String(PORT), DATABASE_URL: E2E_DATABASE_URL, SEED_DEMO: "true", NEXTAUTH_SECRET: E2E_SECRET },
  },
});
