import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest: wxt/browser -> fakeBrowser, auto-imports, and the @/ path aliases.
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts?(x)'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node', // per file: // @vitest-environment happy-dom
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
