// Integration tests create their own temporary databases (see tests/support/test-db.ts);
// nothing global is needed yet, but the hook exists so the config has one place to grow.
export default function setup() {}
