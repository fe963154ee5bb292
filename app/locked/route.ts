import { h } from "preact";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, isLoginLocked } from "@/lib/auth";
import type { UnlockState } from "@/lib/auth-states";
import { seeOther } from "@/lib/rating/forms";
import { homePath } from "@/lib/roles";
import { LockedPage } from "@/components/patient/locked-page";
import { patientPage } from "@/components/patient/page";

// Where a handed-over tablet rests: after the patient's rating, and for any page while locked.
export function GET(req: Request) {
  return patientPage(async () => {
    if (!(await isLoginLocked())) {
      const user = await getCurrentUser();
      return seeOther(user ? homePath(user) : "/login");
    }
    const t = await getTranslations("locked");
    const query = new URL(req.url).searchParams;
    const state = unlockState(query.get("error"), query.get("retry"));
    return { title: t("title"), returnTo: "/locked", body: h(LockedPage, { t, done: Boolean(query.get("done")), state }) };
  });
}

/** The refusal app/locked/unlock sent back in the address: only a known reason, a bounded wait. */
function unlockState(error: string | null, retry: string | null): UnlockState {
  if (error === "invalid") return { error };
  const seconds = Number(retry);
  if (error === "rateLimited") return { error, retryAfter: Number.isSafeInteger(seconds) ? Math.min(Math.max(seconds, 1), 86_400) : 60 };
  return {};
}
