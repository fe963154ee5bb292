import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
  callbackUrl: z.string().max(2000).optional(),
});

/** Only same-site paths: a login link must not be able to send the user to another site. */
export function safeCallbackUrl(url: string | undefined): string | null {
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\") || url.startsWith("/login")) return null;
  return url;
}
