import css from "@/app/globals.css" with { type: "text" };

// The app's one stylesheet, as text, for the patient's pages to inline in a <style> element (the
// policy's style-src allows it): they are not App Router pages, so Next does not link its CSS to
// them, and inlined the phone needs no second request. The root layout imports the same file.
export const STYLESHEET: string = css;
