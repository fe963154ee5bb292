#!/usr/bin/env bash
# `npm test`: type check, lint, vitest (unit + integration on real SQLite), Playwright e2e against the
# production build in Debian's Chromium. Runs every stage, exits non-zero if any failed, and ends with
# one line: "N passed, N failed" (type check and lint count as one test each).
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
out=$(mktemp -d /tmp/bordin-test.XXXX)
status=0
stage() { echo; echo "== $1"; }

stage "type check"
if node_modules/.bin/tsc --noEmit -p .; then echo ok > "$out/typecheck"; else echo fail > "$out/typecheck"; status=1; fi

stage "lint"
if node_modules/.bin/eslint . --max-warnings 0; then echo ok > "$out/lint"; else echo fail > "$out/lint"; status=1; fi

stage "vitest (unit + integration)"
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile="$out/vitest.json" || status=1

stage "e2e (Playwright, Chromium)"
chromium_bin=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium_bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Chromium is missing: installing Debian's chromium package…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true
  fi
fi
if [ -x "$chromium_bin" ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$out/e2e.json" node_modules/.bin/playwright test --reporter=list,json || status=1
else
  echo "Chromium not found at $chromium_bin. Install it with: sudo apt-get install chromium (or set CHROMIUM_PATH)."
  echo fail > "$out/e2e-missing"; status=1
fi

echo
node scripts/test-summary.mjs "$out" || status=1
exit $status
