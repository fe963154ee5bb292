// Runs in the browser before the app's own code. zod probes whether it may compile validators with
// `new Function`; it catches the refusal, but the Content-Security-Policy (no 'unsafe-eval', see
// proxy.ts) still reports a violation on every page that loads a schema. Eval is never allowed in
// the browser here, so zod is told so before it probes — through the global that zod's `config()`
// writes (zod/v4/core/core.js), not by importing zod: this file runs on every page, and the
// patient's pages load no schema (the import cost each of them about 7 KB gzip). Should a zod
// upgrade move the setting, the e2e tests' CSP watch (tests/e2e/fixtures.ts) reports the probe.
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
// Changed in place: zod keeps a reference to this object once it has loaded.
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;
