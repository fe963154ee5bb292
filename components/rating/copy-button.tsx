"use client";
import { useState } from "react";

// The one client island of the rating-link page's link: copying needs the clipboard API. Without
// JavaScript the link stays selectable in its field.
export function CopyButton({ text, label, doneLabel }: { text: string; label: string; doneLabel: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    setCopied(true);
  };
  return <button type="button" className="button secondary" onClick={copy}>{copied ? doneLabel : label}</button>;
}
