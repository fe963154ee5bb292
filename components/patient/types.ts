// What the patient's pages are given to render: plain values, no request, no database. The route
// handlers (app/r, app/handover, app/locked) read the request and pass these in, so every component
// here is a pure function of its props (docs/decisions/0009-patient-pages-without-javascript.md).

/** A next-intl translator of one namespace, as `getTranslations(namespace)` returns it. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
