import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
  // A bad return address is dropped, not a reason to refuse a correct password.
  callbackUrl: z.string().max(2000).optional().catch(undefined),
});

// Browsers strip tabs and newlines from a URL and read `\` as `/`, so "/\t/evil.example" and
// "/\evil.example" both take them to evil.example: refuse control characters and backslashes
// outright, then let the URL parser decide, against a base that no real address can match.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;
const BASE = "http://bordin.invalid";

/** A path on this site, or null: a link must not be able to send the user to another site. */
export function sameSitePath(url: string | undefined): string | null {
  if (!url || url.length > 1000 || !url.startsWith("/") || UNSAFE_CHARACTERS.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, BASE);
  } catch {
    return null;
  }
  if (parsed.origin !== BASE) return null;
  // Rebuilt from the parsed parts: dot segments are resolved ("/.//evil" becomes "//evil", a
  // protocol-relative address), so the result is checked again, and the fragment is dropped.
  const path = parsed.pathname + parsed.search;
  return path.startsWith("//") ? null : path;
}

/** Where to go after login: a path on this site, never back to the login page. */
export function safeCallbackUrl(url: string | undefined): string | null {
  const path = sameSitePath(url);
  return path && path !== "/login" && !path.startsWith("/login?") && !path.startsWith("/login/") ? path : null;
}
