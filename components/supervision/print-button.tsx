"use client";

/** Opens the browser's print dialog (where "Save as PDF" is, too). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
