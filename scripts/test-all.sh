#!/usr/bin/env bash
# Every test JD Lens has, in one command (`npm test`): types, unit tests, the extractor's eval
# floors, the Chrome and Firefox builds, and the end-to-end tests in Chromium with the built
# extension. Ends with one line "N passed, N failed" and exits non-zero on any failure.
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
check "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
check "eval floors" npx tsx scripts/eval.ts --check
check "build (chrome-mv3)" npx wxt build
check "build (firefox)" npx wxt build -b firefox
check "end-to-end (chromium)" npx playwright test

node scripts/count-results.mjs "${results[@]}"
