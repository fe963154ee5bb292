import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secrets";

// The first run's proof of being the installer. Until a clinic exists, /setup would let anyone who
// reaches the server make themselves its administrator; the setup code is printed in the server's
// console at start (only while setup is open), so only someone who can read that console can use
// the page. It is derived from the server secret, so every process of the installation agrees on it
// and nothing needs storing.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** The code for a given server secret: 12 characters (~59 bits) in groups of four. */
export function setupCodeFor(secret: string): string {
  const bytes = createHmac("sha256", secret).update("bordin:setup-code", "utf8").digest();
  const chars = Array.from(bytes.subarray(0, 12), (b) => ALPHABET[b % ALPHABET.length]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

export function setupCode(): string {
  return setupCodeFor(authSecret());
}

/** Whether `given` is this installation's code; case, spaces and dashes do not matter. */
export function isSetupCode(given: string): boolean {
  const normalise = (s: string) => Buffer.from(s.toLowerCase().replace(/[\s-]/g, ""), "utf8");
  const a = normalise(given);
  const b = normalise(setupCode());
  return a.length === b.length && timingSafeEqual(a, b);
}
