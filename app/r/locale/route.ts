import { seeOther } from "../form-handling";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";

// The patient pages' language switch: a plain form POST, so it works without JavaScript under
// Referrer-Policy no-referrer (which server actions refuse). Back to the same page afterwards.
export async function POST(req: Request) {
  const form = await req.formData().catch(() => new FormData());
  const locale = form.get("locale");
  const next = String(form.get("next") ?? "/r");
  const safe = /^\/(r(\/[A-Za-z0-9_-]{1,64})?|handover|locked)$/.test(next) ? next : "/r";
  const res = seeOther(safe);
  if (isLocale(locale)) res.cookies.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 86_400 });
  return res;
}
