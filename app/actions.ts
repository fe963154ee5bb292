"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { endSession, getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit";
import { setUserLocale } from "@/lib/data/users";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";

export async function logout() {
  const user = await getSessionUser();
  if (user) await recordAudit(db, { clinicId: user.clinicId, userId: user.id, actor: "user", action: "auth.logout", entity: "User", entityId: user.id, ip: user.ip });
  await endSession();
  redirect("/login?loggedOut=1");
}

/** The language switch: a cookie for everyone (patients included), and the setting of a signed-in user. */
export async function setLocale(form: FormData) {
  const locale = form.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 86_400 });
  const user = await getSessionUser();
  if (user) await setUserLocale(user, locale);
  revalidatePath("/", "layout");
}
