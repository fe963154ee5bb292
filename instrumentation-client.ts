import { config } from "zod/v4/core";

// Runs in the browser before the app's own code. zod probes whether it may compile validators with
// `new Function`; it catches the refusal, but the Content-Security-Policy (no 'unsafe-eval', see
// proxy.ts) still reports a violation on every page that loads a schema. Eval is never allowed in
// the browser here, so zod is told so before it probes.
config({ jitless: true });
