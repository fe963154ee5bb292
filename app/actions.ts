"use server";
import { redirect } from "next/navigation";
import { endSession, getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit";

export async function logout() {
  const user = await getSessionUser();
  if (user) await recordAudit(db, { clinicId: user.clinicId, userId: user.id, actor: "user", action: "auth.logout", entity: "User", entityId: user.id, ip: user.ip });
  await endSession();
  redirect("/login?loggedOut=1");
}
