import { AppError } from "@/lib/errors";

// Cross-site request forgery: a page on another site can make the browser post to Bordin, with
// the session cookie when SameSite allows it (a sibling subdomain, an old browser). Browsers always
// send `Origin` on cross-origin POSTs and on fetch POSTs, so a write that carries the session cookie
// must name this site there; and a JSON body cannot be sent cross-site without a CORS preflight,
// which Bordin never grants, while text/plain and form bodies can.
type HeaderSource = Pick<Headers, "get">;

export const crossSiteRequest = () => new AppError(403, "forbidden", "Requests from other sites are not accepted.");
export const notJson = () => new AppError(415, "unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");

/** The origin APP_URL names (the address patients and proxies use), or null when unset. */
function configuredOrigin(): string | null {
  const configured = process.env.APP_URL?.trim();
  if (!configured) return null;
  try {
    return new URL(configured).origin;
  } catch {
    return null;
  }
}

/**
 * Whether the request's `Origin` is this site: the host the request was sent to (its Host header),
 * or APP_URL's origin when set. A missing Origin and the opaque "null" are not.
 */
export function isSameOrigin(headers: HeaderSource): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (url.origin === configuredOrigin()) return true;
  const host = headers.get("host")?.trim();
  if (!host) return false;
  try {
    // Parsed with the Origin's scheme, so "example.org:443" and "https://example.org" agree.
    return new URL(`${url.protocol}//${host}`).host === url.host;
  } catch {
    return false;
  }
}

function isJson(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/**
 * The rule for every write to /api/v1: a JSON body (else 415), and when the caller is
 * authenticated by the session cookie, an Origin of this site (else 403). Throws the AppError.
 * A write that takes no body (a DELETE, whose record is its path) is held to the Origin rule only.
 */
export function checkApiWrite(req: Request, { cookieAuthenticated, body = true }: { cookieAuthenticated: boolean; body?: boolean }): void {
  if (cookieAuthenticated && !isSameOrigin(req.headers)) throw crossSiteRequest();
  if (body && !isJson(req.headers.get("content-type"))) throw notJson();
}

/**
 * For proxy.ts, before Next's server-action handler (which answers a foreign Origin with a 500):
 * whether a POST to a page must be refused. A server action called from script (the `Next-Action`
 * header) must come from this site; any other write is refused when it names another site. The
 * opaque "null" is refused too, except where `acceptsOpaqueOrigin`: the patient pages send
 * Referrer-Policy no-referrer, so their plain form posts (/r/code, /r/submit, /locale) carry it.
 * A missing Origin passes: browsers send one on every cross-origin POST, so this is a script
 * acting with its own cookies, if any.
 */
export function isCrossSitePagePost(method: string, headers: HeaderSource, acceptsOpaqueOrigin: boolean): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  if (headers.get("next-action") !== null) return !isSameOrigin(headers);
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return !acceptsOpaqueOrigin;
  return !isSameOrigin(headers);
}
