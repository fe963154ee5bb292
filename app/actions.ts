"use server";
import { redirect } from "next/navigation";
import { endSession, getSessionUser } from "@/lib/auth";
import { auditLogout } from "@/lib/data/sign-in";

export async function logout() {
  const user = await getSessionUser();
  if (user) await auditLogout(user);
  await endSession();
  redirect("/login?loggedOut=1");
}
