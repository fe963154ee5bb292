import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
  callbackUrl: z.string().max(2000).optional(),
});

/** A path on this site, or null: a link must not be able to send the user to another site. */
export function sameSitePath(url: string | undefined): string | null {
  if (!url || url.length > 1000 || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return null;
  return url;
}

/** Where to go after login: a path on this site, never back to the login page. */
export function safeCallbackUrl(url: string | undefined): string | null {
  const path = sameSitePath(url);
  return path && !path.startsWith("/login") ? path : null;
}
