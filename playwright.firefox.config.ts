import { defineConfig } from '@playwright/test';

// The Firefox suite (tests/firefox): Playwright Test runs it, puppeteer-core drives Debian's
// firefox-esr over WebDriver BiDi with the build installed as a temporary add-on
// (tests/firefox/fixtures.ts, ../shared/notes/firefox.md). Build first: `npm run test:firefox`.
export default defineConfig<object, { ffTarget: string }>({
  testDir: 'tests/firefox',
  testMatch: '**/*.firefox.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // one Firefox at a time on a 2-core machine
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/firefox.json' }]],
  outputDir: 'test-results/firefox',
  use: { trace: 'off' }, // Playwright traces do not cover puppeteer pages
  projects: [
    { name: 'firefox-mv2', use: { ffTarget: 'firefox-mv2' } },
    { name: 'firefox-mv3', use: { ffTarget: 'firefox-mv3' } },
  ],
});
