import { defineConfig } from '@playwright/test';

// Requests made by the extension's service worker reach context.on('request') and
// context.route() only with this flag (tests/e2e/privacy.spec.ts records them); set before launch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';

// End-to-end tests load the built extension (.output/chrome-mv3) into Debian's Chromium and
// serve fixture pages at their real URLs with context.route(); no network is used.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // one Chromium at a time on a 2-core machine
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  use: { trace: 'retain-on-failure' },
});
