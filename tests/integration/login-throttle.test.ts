import { describe, expect, it } from "vitest";
import { signInWithPassword, type DeviceJar } from "@/lib/auth";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { createClinic, createUser } from "@/prisma/factories";

// The login throttle on a real database, with the clock passed in: per account and per address,
// a wait that doubles, and device cookies that keep the owner's browser out of an attacker's wait.
const PASSWORD = "the-right-password";
const WRONG = "a-wrong-password";
const T0 = new Date("2026-11-22T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let hosts = 0;
/** A new address for every attempt, as a spoofer with a fresh X-Forwarded-For each time would have. */
const freshAddress = () => `203.0.${Math.floor(++hosts / 250)}.${(hosts % 250) + 1}`;

type Cookie = { value: string; options: Record<string, unknown> };
class Jar implements DeviceJar {
  readonly cookies = new Map<string, Cookie>();
  get(name: string) {
    return this.cookies.get(name);
  }
  set(name: string, value: string, options: Record<string, unknown>) {
    this.cookies.set(name, { value, options });
  }
}

async function account(): Promise<{ id: string; email: string }> {
  const clinic = await createClinic(db);
  return createUser(db, { clinicId: clinic.id, roles: ["THERAPIST"], passwordHash: await hashPassword(PASSWORD) });
}

const outcome = (r: Awaited<ReturnType<typeof signInWithPassword>>) =>
  typeof r === "string" ? r : "retryAt" in r ? `wait ${(r.retryAt.getTime() - T0.getTime()) / 1000}` : "signed in";

describe("per-account backoff", () => {
  it("after 5 failures in a row, from any addresses, each further attempt doubles the wait (1 s, 2 s, 4 s …, 15 min at most)", async () => {
    const { email } = await account();
    const seen = [];
    for (let i = 0; i < 20; i++) seen.push(outcome(await signInWithPassword(email, WRONG, freshAddress(), undefined, T0)));
    expect(seen).toEqual([
      ...Array(5).fill("invalid"),
      // Attempts during a wait are refused unchecked and count too: hammering only lengthens the wait.
      ...[2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900, 900, 900].map((s) => `wait ${s}`),
    ]);
  });

  it("refuses the right password during the wait, from a new address, and lets it in once the wait is over", async () => {
    const { email } = await account();
    for (let i = 0; i < 5; i++) await signInWithPassword(email, WRONG, freshAddress(), undefined, T0);
    expect(outcome(await signInWithPassword(email, PASSWORD, freshAddress(), undefined, at(0.5)))).toBe("wait 2.5");
    // The wait was waited out: the next attempt is checked; a failure doubles the wait again.
    expect(outcome(await signInWithPassword(email, WRONG, freshAddress(), undefined, at(2.5)))).toBe("invalid");
    expect(outcome(await signInWithPassword(email, PASSWORD, freshAddress(), undefined, at(2.5)))).toBe("wait 10.5");
    expect(outcome(await signInWithPassword(email, PASSWORD, freshAddress(), undefined, at(10.5)))).toBe("signed in");
    // A success ends the run of failures: four wrong passwords are checked again, not refused.
    for (let i = 0; i < 4; i++) expect(await signInWithPassword(email, WRONG, freshAddress(), undefined, at(11))).toBe("invalid");
  });

  it("counts an unknown email the same way, so the answers do not tell which emails have accounts", async () => {
    const email = "nobody-here@example.test";
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push(outcome(await signInWithPassword(email, WRONG, freshAddress(), undefined, T0)));
    expect(seen).toEqual([...Array(5).fill("invalid"), "wait 2"]);
  });

  it("starts a new run a day after the first failure of the last one", async () => {
    const { email } = await account();
    for (let i = 0; i < 5; i++) await signInWithPassword(email, WRONG, freshAddress(), undefined, T0);
    expect(await signInWithPassword(email, WRONG, freshAddress(), undefined, at(24 * 3600))).toBe("invalid");
    expect(await signInWithPassword(email, WRONG, freshAddress(), undefined, at(24 * 3600))).toBe("invalid");
  });
});

describe("device cookies", () => {
  it("a successful login leaves a signed httpOnly cookie bound to the account", async () => {
    const user = await account();
    const jar = new Jar();
    expect(outcome(await signInWithPassword(user.email, PASSWORD, freshAddress(), jar, T0))).toBe("signed in");
    const [[name, cookie]] = [...jar.cookies];
    expect(name).toMatch(/^bordin-device-[A-Za-z0-9_-]+$/);
    expect(cookie.value).not.toContain(user.id);
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(cookie.options.maxAge).toBeGreaterThanOrEqual(30 * 24 * 3600);
  });

  it("lets the owner's browser in while an attacker's failures keep the account waiting", async () => {
    const user = await account();
    const owner = new Jar();
    await signInWithPassword(user.email, PASSWORD, "198.51.100.10", owner, T0);
    // The attacker: 30 wrong passwords, each from a new address, with no device cookie (or an empty jar).
    for (let i = 0; i < 30; i++) await signInWithPassword(user.email, WRONG, freshAddress(), new Jar(), at(1));
    expect(outcome(await signInWithPassword(user.email, PASSWORD, freshAddress(), new Jar(), at(2)))).toMatch(/^wait /);
    // The owner, from the clinic's address: in at once, and again later, whatever the attacker keeps doing.
    expect(outcome(await signInWithPassword(user.email, PASSWORD, "198.51.100.10", owner, at(2)))).toBe("signed in");
    for (let i = 0; i < 10; i++) await signInWithPassword(user.email, WRONG, freshAddress(), undefined, at(3));
    expect(outcome(await signInWithPassword(user.email, PASSWORD, "198.51.100.10", owner, at(3)))).toBe("signed in");
  });

  it("throttles a device on its own failures only, without touching the account", async () => {
    const user = await account();
    const owner = new Jar();
    await signInWithPassword(user.email, PASSWORD, freshAddress(), owner, T0);
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push(outcome(await signInWithPassword(user.email, WRONG, freshAddress(), owner, at(1))));
    expect(seen).toEqual([...Array(5).fill("invalid"), "wait 3"]);
    // Another browser is not held up by this device's wait.
    expect(outcome(await signInWithPassword(user.email, PASSWORD, freshAddress(), new Jar(), at(1)))).toBe("signed in");
  });

  it("ignores a forged cookie and one issued for another account", async () => {
    const [victim, other] = [await account(), await account()];
    const otherJar = new Jar();
    await signInWithPassword(other.email, PASSWORD, freshAddress(), otherJar, T0);
    const [[, otherCookie]] = [...otherJar.cookies];
    const victimJar = new Jar();
    await signInWithPassword(victim.email, PASSWORD, freshAddress(), victimJar, T0);
    const [[victimName, victimCookie]] = [...victimJar.cookies];
    for (let i = 0; i < 10; i++) await signInWithPassword(victim.email, WRONG, freshAddress(), undefined, at(1));

    const [nonce] = victimCookie.value.split(".");
    for (const value of [otherCookie.value, `${nonce}.forged-signature`, "garbage", ""]) {
      const jar = new Jar();
      jar.set(victimName, value, {});
      expect(outcome(await signInWithPassword(victim.email, PASSWORD, freshAddress(), jar, at(1)))).toMatch(/^wait /);
    }
  });
});

describe("per-address limit", () => {
  const after = 50; // failures from one address within 15 minutes before it waits

  it("counts failures only: many good logins from one clinic address never throttle", async () => {
    const users = [await account(), await account(), await account()];
    const clinic = "198.51.100.20";
    for (let i = 0; i < after + 5; i++) {
      expect(outcome(await signInWithPassword(users[i % 3].email, PASSWORD, clinic, undefined, T0))).toBe("signed in");
    }
  });

  it(`after ${after} failures from one address across accounts, that address waits and others do not`, async () => {
    const [user, colleague] = [await account(), await account()];
    const sprayer = "198.51.100.30";
    for (let i = 0; i < after; i++) {
      expect(await signInWithPassword(`sprayed-${i}@example.test`, WRONG, sprayer, undefined, T0)).toBe("invalid");
    }
    expect(outcome(await signInWithPassword(user.email, PASSWORD, sprayer, undefined, T0))).toBe("wait 2");
    expect(outcome(await signInWithPassword(colleague.email, PASSWORD, "198.51.100.31", undefined, T0))).toBe("signed in");
    // The refused attempt did not count against the account it named: five more failures are all checked.
    for (let i = 0; i < 5; i++) expect(await signInWithPassword(user.email, WRONG, freshAddress(), undefined, T0)).toBe("invalid");
  });
});
