import path from "node:path";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

// A first start needs no configuration: when NEXTAUTH_SECRET is unset, a random secret is generated
// once and kept under data/ (beside the SQLite file), so sessions survive restarts.
const SECRET_FILE = path.join("data", "auth-secret");

export function authSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (!existsSync(SECRET_FILE)) {
    mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  const secret = readFileSync(SECRET_FILE, "utf8").trim();
  process.env.NEXTAUTH_SECRET = secret;
  return secret;
}
