// Adds up the tests of every runner (Vitest and Playwright JSON reports) and the other checks
// (typecheck, eval floors, builds: one each), and prints the closing line CI reads:
// "N passed, N failed". Arguments: one "name=status" per check, status 0 for success.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const unit = read('test-results/unit.json');
const e2e = read('test-results/e2e.json');
const firefox = read('test-results/firefox.json');
// What each runner counted: [passed, failed], or null when it crashed before reporting.
const runners = {
  'unit tests': unit && [unit.numPassedTests, unit.numFailedTests],
  'end-to-end (chromium)': e2e && [e2e.stats.expected + e2e.stats.flaky, e2e.stats.unexpected],
  'end-to-end (firefox)': firefox && [firefox.stats.expected + firefox.stats.flaky, firefox.stats.unexpected],
};

let passed = 0;
let failed = 0;
const failedChecks = [];
for (const arg of process.argv.slice(2)) {
  const eq = arg.lastIndexOf('=');
  const name = arg.slice(0, eq);
  const ok = arg.slice(eq + 1) === '0';
  if (!ok) failedChecks.push(name);
  const counted = runners[name];
  if (counted) {
    passed += counted[0];
    failed += counted[1];
    if (!ok && counted[1] === 0) failed += 1; // the runner failed although no test did
  } else if (ok) passed += 1;
  else failed += 1;
}
if (failedChecks.length) console.log(`failed: ${failedChecks.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
