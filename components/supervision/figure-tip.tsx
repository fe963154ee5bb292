"use client";

import { useEffect, useId, useState } from "react";

/**
 * A "?" button whose description (the tooltip) shows on hover and on keyboard focus, stays while
 * the pointer is over it, and closes with Escape without moving focus (WCAG 2.2, 1.4.13); hovering or focusing it again brings it back. The text
 * is the button's accessible description, so a screen reader reads it on focus.
 */
export function FigureTip({ label, tip }: { label: string; tip: string }) {
  const id = useId();
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setDismissed(true);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <span className="figure-tip" data-dismissed={dismissed ? "true" : undefined} onMouseEnter={() => setDismissed(false)} onFocus={() => setDismissed(false)}>
      <button type="button" className="figure-tip-button" aria-label={label} aria-describedby={id}>?</button>
      <span role="tooltip" id={id} className="figure-tip-text">{tip}</span>
    </span>
  );
}
