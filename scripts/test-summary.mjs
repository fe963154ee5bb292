// Adds up the stages of scripts/test.sh into its closing line: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2];
let passed = 0;
let failed = 0;
const read = (name) => (existsSync(path.join(dir, name)) ? readFileSync(path.join(dir, name), "utf8") : null);

for (const check of ["typecheck", "lint"]) {
  if (read(check)?.trim() === "ok") passed++;
  else failed++;
}
const vitest = read("vitest.json");
if (vitest) {
  const v = JSON.parse(vitest);
  passed += v.numPassedTests;
  failed += v.numFailedTests + (v.numFailedTestSuites ?? 0);
} else failed++;
const e2e = read("e2e.json");
if (e2e) {
  const s = JSON.parse(e2e).stats;
  passed += s.expected;
  failed += s.unexpected + s.flaky;
  if (s.expected + s.unexpected + s.flaky === 0 || (JSON.parse(e2e).errors ?? []).length) failed++;
} else failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
