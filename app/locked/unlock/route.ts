import { cookies } from "next/headers";
import { unlockLogin } from "@/lib/auth";
import { seeOther } from "@/lib/rating/forms";
import { HANDOVER_COOKIE, HANDOVER_SESSION_COOKIE } from "@/lib/rating/token";
import { secondsUntil } from "@/lib/retry-after";

// The lock screen's password form as a plain POST: the therapist's password reopens the locked
// session, back on the session they handed over. A 303 (a full page load, not a client-side
// navigation) because the lock screen loads without the therapist pages' client providers
// (app/layout.tsx). A refusal goes back to the lock screen with its reason in the address: no
// data, only which message to show.
export async function POST(req: Request) {
  const form = await req.formData().catch(() => new FormData());
  const result = await unlockLogin(String(form.get("password") ?? "").slice(0, 1000));
  if (result === "invalid") return seeOther("/locked?error=invalid");
  if (result === "no-session") return seeOther("/login");
  if (typeof result === "object") return seeOther(`/locked?error=rateLimited&retry=${secondsUntil(result.retryAt)}`);
  const store = await cookies();
  const sessionId = store.get(HANDOVER_SESSION_COOKIE)?.value;
  store.delete(HANDOVER_SESSION_COOKIE);
  store.delete(HANDOVER_COOKIE);
  return seeOther(sessionId && /^[A-Za-z0-9_-]{1,64}$/.test(sessionId) ? `/sessions/${sessionId}/rating-link` : "/");
}
