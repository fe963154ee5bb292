import { NextResponse, type NextRequest } from "next/server";
import { slideSession } from "@/lib/auth";

// Sends visitors without a live session to the login page and slides the idle expiry of those with
// one. This is a convenience, not the gate: every page, action and route handler checks the user
// again through lib/auth.ts, and API routes answer 401 themselves.
const PUBLIC = [/^\/login$/, /^\/locale$/, /^\/r$/, /^\/r\//, /^\/handover$/, /^\/locked$/, /^\/api\//, /^\/icon/, /^\/favicon/, /^\/robots\.txt$/];

export default async function proxy(req: NextRequest) {
  const slide = await slideSession(req);
  if (slide) return slide(NextResponse.next());
  const path = req.nextUrl.pathname;
  if (PUBLIC.some((re) => re.test(path))) return NextResponse.next();
  const login = new URL("/login", req.url);
  if (path !== "/") login.searchParams.set("callbackUrl", path + req.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
