import type { APIRequestContext } from "@playwright/test";
import { test, expect, loginAs } from "./fixtures";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { createPrismaClient } from "@/lib/prisma-client";
import { hashPassword } from "@/lib/password";
import { createEpisode, createPatient, createSession, createUser } from "@/prisma/factories";

// The security probe's findings, against the real server: a client's X-Forwarded-For must neither
// open a throttled account, nor spread attempts over many buckets, nor reach the audit log.
const db = createPrismaClient(E2E_DATABASE_URL);
const PASSWORD = "probe-password-1";
const WRONG = "not-the-password";

let hop = 0;
// Each test makes some 60 requests; the machine may be busy.
test.describe.configure({ timeout: 90_000 });

const spoofed = () => ({ "X-Forwarded-For": `9.9.${Math.floor(++hop / 250)}.${(hop % 250) + 1}` });

/** A therapist of its own, so the throttle it collects touches no other test's account. */
async function probeAccount() {
  const clinic = await db.user.findUniqueOrThrow({ where: { email: "therapist@demo.bordin" }, select: { clinicId: true } });
  return createUser(db, { clinicId: clinic.clinicId, roles: ["THERAPIST"], passwordHash: await hashPassword(PASSWORD) });
}

/** One attempt at next-auth's credentials endpoint, as a script would make it: whether it signed in. */
async function scriptedLogin(request: APIRequestContext, email: string, password: string, headers: Record<string, string>) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, headers, maxRedirects: 0 });
  return res.status() === 200;
}

test("30 wrong passwords, each with a new X-Forwarded-For, still throttle the account, and the audit shows the real address", async ({ browser, baseURL, request }) => {
  const user = await probeAccount();
  const failedBefore = await db.auditEvent.count({ where: { action: "auth.login-failed" } });

  // The probe: 30 wrong passwords, each claiming a new address, then the right one from yet another.
  for (let i = 0; i < 30; i++) expect(await scriptedLogin(request, user.email, WRONG, spoofed())).toBe(false);
  expect(await scriptedLogin(request, user.email, PASSWORD, { "X-Forwarded-For": "9.9.9.9" })).toBe(false);

  // The login form says how long to wait.
  const stranger = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "9.9.9.9" } });
  await stranger.addCookies([{ name: "bordin-locale", value: "en", url: baseURL! }]);
  const page = await stranger.newPage();
  await loginAs(page, user.email, PASSWORD);
  await expect(page.getByText(/^Too many attempts\. Try again in \d+ (seconds?|minutes?)\.$/)).toBeVisible();
  await stranger.close();

  // Five failures were checked (and audited), the rest refused unchecked; all from 127.0.0.1.
  const failed = await db.auditEvent.findMany({ where: { action: "auth.login-failed" }, orderBy: { at: "asc" }, skip: failedBefore });
  expect(failed.map((e) => e.ip)).toEqual(Array(5).fill("127.0.0.1"));
  expect(await db.auditEvent.count({ where: { ip: { startsWith: "9.9." } } })).toBe(0);
});

test("a browser that logged in before gets in while an attacker's failures keep the account waiting", async ({ page, request }) => {
  const user = await probeAccount();
  await loginAs(page, user.email, PASSWORD);
  await expect(page).toHaveURL(/\/caseload$/);
  const device = (await page.context().cookies()).find((c) => c.name.startsWith("bordin-device-"));
  expect(device?.httpOnly).toBe(true);
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByText("You are logged out.")).toBeVisible();

  for (let i = 0; i < 30; i++) await scriptedLogin(request, user.email, WRONG, spoofed());
  expect(await scriptedLogin(request, user.email, PASSWORD, {})).toBe(false);

  await loginAs(page, user.email, PASSWORD);
  await expect(page).toHaveURL(/\/caseload$/);
  const own = await db.auditEvent.findMany({ where: { userId: user.id, action: { startsWith: "auth." } }, select: { action: true, ip: true } });
  expect(own.map((e) => `${e.action} ${e.ip}`).sort()).toEqual(["auth.login 127.0.0.1", "auth.login 127.0.0.1", "auth.logout 127.0.0.1"]);
  expect(await db.auditEvent.count({ where: { userId: user.id, NOT: { ip: "127.0.0.1" } } })).toBe(0);
});

test("the short-code limit on /r/code holds whatever X-Forwarded-For says", async ({ request }) => {
  try {
    let refused = false;
    for (let i = 0; i < 30 && !refused; i++) {
      // The plain-POST form (JavaScript off) answers with the code page and its error.
      const res = await request.post("/r/code", { form: { code: "WRONGCODE" }, headers: { ...spoofed(), "Accept-Language": "en" } });
      const error = /id="code-error"[^>]*>([^<]*)</.exec(await res.text())?.[1] ?? "";
      expect(error).not.toBe("");
      refused = error.startsWith("Too many attempts");
    }
    expect(refused).toBe(true);
  } finally {
    // Other specs enter codes from this address too.
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "rating-code:" } } });
  }
});

test("a client's X-Forwarded-Host and X-Forwarded-Proto do not change the rating link's address", async ({ request, baseURL }) => {
  expect(await scriptedLogin(request, "therapist@demo.bordin", "bordin-demo", {})).toBe(true);
  const therapist = await db.user.findUniqueOrThrow({ where: { email: "therapist@demo.bordin" } });
  const patient = await createPatient(db, { clinicId: therapist.clinicId, therapistId: therapist.id });
  const episode = await createEpisode(db, { clinicId: therapist.clinicId, patientId: patient.id, therapistId: therapist.id, startDate: new Date() });
  const session = await createSession(db, { clinicId: therapist.clinicId, episodeId: episode.id, number: 1, date: new Date() });
  const res = await request.post(`/api/v1/sessions/${session.id}/rating-link`, {
    data: {},
    headers: { Origin: baseURL!, "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https", "X-Forwarded-For": "9.9.9.9" },
  });
  expect(res.status()).toBe(201);
  expect(((await res.json()) as { url: string }).url.startsWith(`${baseURL}/r/`)).toBe(true);
});
