"use server";
import { redirect } from "next/navigation";
import { endLogin, getLoginUser } from "@/lib/auth";
import { auditLogout } from "@/lib/data/sign-in";

export async function logout() {
  const user = await getLoginUser();
  if (user) await auditLogout(user);
  await endLogin();
  redirect("/login?loggedOut=1");
}
