import { cookies } from "next/headers";
import { getLoginUser } from "@/lib/auth";
import { setUserLocale } from "@/lib/data/users";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";
import { seeOther } from "@/lib/rating/forms";
import { sameSitePath } from "@/lib/validation/auth";

// The language switch of every page: a plain form POST rather than a server action, so it works
// without JavaScript even on the patient pages, whose Referrer-Policy no-referrer makes browsers send
// `Origin: null` (which server actions refuse). Sets the cookie for everyone and, for a signed-in
// user, their setting; then back to the page it came from.
export async function POST(req: Request) {
  const form = await req.formData().catch(() => new FormData());
  const locale = form.get("locale");
  const referer = req.headers.get("referer");
  const back = sameSitePath(String(form.get("returnTo") ?? "")) ?? sameSitePath(referer ? new URL(referer).pathname : "") ?? "/";
  if (!isLocale(locale)) return seeOther(back);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 86_400 });
  const user = await getLoginUser();
  if (user) await setUserLocale(user, locale);
  return seeOther(back);
}
