import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, isLoginLocked } from "@/lib/auth";
import { homePath } from "@/lib/roles";
import { UnlockForm } from "@/components/rating/unlock-form";
import type { UnlockState } from "@/lib/auth-states";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("locked"))("title") };
}

// Where a handed-over tablet rests: after the patient's rating, and for any page while locked.
export default async function LockedPage({ searchParams }: { searchParams: Promise<{ done?: string; error?: string; retry?: string }> }) {
  if (!(await isLoginLocked())) {
    const user = await getCurrentUser();
    redirect(user ? homePath(user) : "/login");
  }
  const [t, { done, error, retry }] = await Promise.all([getTranslations("locked"), searchParams]);
  return (
    <section className="card stack">
      {done && <p role="status" className="notice">{t("thanks")}</p>}
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <UnlockForm state={unlockState(error, retry)} />
    </section>
  );
}

/** The refusal app/locked/unlock sent back in the address: only a known reason, a bounded wait. */
function unlockState(error?: string, retry?: string): UnlockState {
  if (error === "invalid") return { error };
  const seconds = Number(retry);
  if (error === "rateLimited") return { error, retryAfter: Number.isSafeInteger(seconds) ? Math.min(Math.max(seconds, 1), 86_400) : 60 };
  return {};
}
