"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";

// While a link is open, re-reads the page now and then so the rating shows up when it arrives;
// client state (the link just created) survives a refresh. The button does the same at once.
export function AutoRefresh({ seconds, label }: { seconds: number; label: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return <button type="button" className="button secondary" onClick={() => router.refresh()}>{label}</button>;
}
