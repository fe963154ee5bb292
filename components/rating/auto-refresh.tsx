"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";

type RatingState = { rated?: boolean; linkState?: string };

// While a link is open, asks now and then whether the rating has arrived. The question goes to a
// small route that returns no patient data, writes no audit event and does not renew the session
// (see proxy.ts), so a page left open still idles out; only a change re-reads the page, which is one
// audited view. When the session has ended (401) it stops and reloads, which shows the login page
// instead of the patient's session. The button re-reads the page at once.
export function AutoRefresh({ sessionId, seconds, label }: { sessionId: string; seconds: number; label: string }) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      const res = await fetch(`/api/v1/sessions/${encodeURIComponent(sessionId)}/rating-status`, { cache: "no-store" }).catch(() => null);
      // A network hiccup or a server error: ask again next time.
      if (stopped || !res || res.status >= 500) return;
      if (!res.ok) {
        stop();
        window.location.reload();
        return;
      }
      const state = (await res.json().catch(() => null)) as RatingState | null;
      if (!stopped && state && (state.rated || state.linkState !== "open")) {
        stop();
        router.refresh();
      }
    };
    const timer = setInterval(check, seconds * 1000);
    const stop = () => {
      stopped = true;
      clearInterval(timer);
    };
    return stop;
  }, [router, seconds, sessionId]);
  return <button type="button" className="button secondary" onClick={() => router.refresh()}>{label}</button>;
}
