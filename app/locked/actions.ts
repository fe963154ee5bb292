"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { unlockLogin } from "@/lib/auth";
import { HANDOVER_COOKIE, HANDOVER_SESSION_COOKIE } from "@/lib/rating/token";
import { secondsUntil } from "@/lib/retry-after";
import type { UnlockState } from "@/lib/auth-states";


/** The therapist's password reopens the locked session, back on the session they handed over. */
export async function unlockAction(_prev: UnlockState, form: FormData): Promise<UnlockState> {
  const result = await unlockLogin(String(form.get("password") ?? "").slice(0, 1000));
  if (result === "invalid") return { error: "invalid" };
  if (result === "no-session") redirect("/login");
  if (typeof result === "object") return { error: "rateLimited", retryAfter: secondsUntil(result.retryAt) };
  const store = await cookies();
  const sessionId = store.get(HANDOVER_SESSION_COOKIE)?.value;
  store.delete(HANDOVER_SESSION_COOKIE);
  store.delete(HANDOVER_COOKIE);
  redirect(sessionId && /^[A-Za-z0-9_-]{1,64}$/.test(sessionId) ? `/sessions/${sessionId}/rating-link` : "/");
}
