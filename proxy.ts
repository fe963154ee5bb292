import { NextResponse, type NextRequest } from "next/server";
import { slideLogin } from "@/lib/auth";
import { isCrossSitePagePost } from "@/lib/http/request-guard";
import { HSTS, contentSecurityPolicy, newNonce, servedOverHttps } from "@/lib/http/security-headers";

// Sends visitors without a live session to the login page and slides the idle expiry of those with
// one. This is a convenience, not the gate: every page, action and route handler checks the user
// again through lib/auth.ts, and API routes answer 401 themselves. It also refuses cross-site posts
// to pages before Next's server-action handler sees them, and adds the security headers.
const PUBLIC = [/^\/login$/, /^\/setup$/, /^\/locale$/, /^\/r$/, /^\/r\//, /^\/handover$/, /^\/locked$/, /^\/locked\/unlock$/, /^\/api\//, /^\/icon/, /^\/favicon/, /^\/robots\.txt$/];
// Plain form posts of the patient pages (Referrer-Policy no-referrer makes them `Origin: null`).
const PLAIN_FORM_ROUTES = ["/r/code", "/r/submit", "/locale"];
// Background checks a page makes on its own: not the user's activity, so they never renew the session.
const BACKGROUND = [/^\/api\/v1\/sessions\/[^/]+\/rating-status$/];

export default async function proxy(req: NextRequest) {
  const path = req.nextUrl.pathname;
  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const finish = (res: NextResponse) => withSecurityHeaders(req, res, csp);
  if (!path.startsWith("/api/") && isCrossSitePagePost(req.method, req.headers, PLAIN_FORM_ROUTES.includes(path))) {
    return finish(new NextResponse("Requests from other sites are not accepted.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } }));
  }
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", csp);
  const next = () => NextResponse.next({ request: { headers } });
  const slide = await slideLogin(req);
  if (slide) return finish(BACKGROUND.some((re) => re.test(path)) ? next() : await slide(next()));
  if (PUBLIC.some((re) => re.test(path))) return finish(next());
  const login = new URL("/login", req.url);
  if (path !== "/") login.searchParams.set("callbackUrl", path + req.nextUrl.search);
  return finish(NextResponse.redirect(login));
}

function withSecurityHeaders(req: NextRequest, res: NextResponse, csp: string): NextResponse {
  res.headers.set("Content-Security-Policy", csp);
  if (servedOverHttps(req.headers)) res.headers.set("Strict-Transport-Security", HSTS);
  // API answers hold patient data or say who is signed in; route handlers say so too (lib/http/api.ts).
  if (req.nextUrl.pathname.startsWith("/api/")) res.headers.set("Cache-Control", "no-store");
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
