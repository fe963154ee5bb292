// The response headers proxy.ts adds to every answer: a Content-Security-Policy with a nonce fresh
// for each request (Next puts it on its own scripts when the policy is also on the request; see
// proxy.ts), and HSTS when the app is reached over https. Pure, so the policy is unit-tested.

/** 128 random bits, base64: unguessable, and fresh for every request. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Scripts only with this request's nonce ('strict-dynamic' lets them load Next's chunks); no inline
 * or injected script. Styles keep 'unsafe-inline': React style attributes (recharts, Next's route
 * announcer) need it, and a nonce in style-src would switch it off. `dev` allows the eval that
 * React's development build uses for its error overlays; production never sends it.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Whether the browser reached the app over https: the configured public address says so, or the
 * app's own front server does (it sets x-bordin-client-proto only when a trusted proxy vouches for
 * https). Over plain http browsers ignore HSTS anyway, so a forged header gains nothing.
 */
export function servedOverHttps(headers: Pick<Headers, "get">, env: Record<string, string | undefined> = process.env): boolean {
  const configured = [env.NEXTAUTH_URL, env.APP_URL].some((url) => url?.trim().startsWith("https://"));
  return configured || headers.get("x-bordin-client-proto") === "https";
}
