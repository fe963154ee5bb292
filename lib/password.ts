import { hash, verify } from "@node-rs/argon2";
import { randomInt } from "node:crypto";

// argon2id (the library's default algorithm) with its default cost: ~20–50 ms per hash here.
// Passwords are NFKC-normalised first (NIST SP 800-63B 5.1.1.2), so "é" typed as one character or
// as "e" plus an accent is the same password on every keyboard.
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"));
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password.normalize("NFKC")).catch(() => false);
}

// Unambiguous characters (no 0/O, 1/l/I): an admin reads the one-time password out or writes it down.
const OTP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A one-time password for a new or reset account: 16 random characters (~79 bits) in groups of four,
 * shown once to whoever passes it on; the user must replace it at first login (User.mustChangePassword).
 */
export function newOneTimePassword(): string {
  const chars = Array.from({ length: 16 }, () => OTP_ALPHABET[randomInt(OTP_ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
