#!/usr/bin/env bash
# Every test JD Lens has, in one command (`npm test`): types, the Chrome and Firefox builds, unit
# tests (with fuzzing and the static audit of the builds), the extractor's eval floors, the size
# budgets, and the end-to-end tests in Chromium and in Firefox with the built extension. Ends with
# one line "N passed, N failed" and exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
rm -rf test-results && mkdir -p test-results
results=()

check() {
  local name=$1
  shift
  echo "::: $name"
  "$@"
  results+=("$name=$?")
}

check "typecheck" npx tsc --noEmit
# Builds first: the unit tests audit them (tests/budgets: no network or eval sinks, permissions).
check "build (chrome-mv3)" npx wxt build
check "build (firefox)" npx wxt build -b firefox
check "build (firefox-mv3)" npx wxt build -b firefox --mv3
export JDL_REQUIRE_BUILD=1
check "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
check "eval floors" npx tsx scripts/eval.ts --check
check "size budgets" npx tsx scripts/check-budgets.ts
check "end-to-end (chromium)" npx playwright test
check "end-to-end (firefox)" npx playwright test -c playwright.firefox.config.ts

node scripts/count-results.mjs "${results[@]}"
