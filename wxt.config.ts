import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BOARD_MATCHES } from './lib/sites/matches';

// See https://wxt.dev/api/config.html and ../shared/DESIGN.md (Permissions and privacy).
export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'JD Lens',
    description: 'Reads a job posting like a sharp recruiter and shows how well you fit. Everything stays on your machine.',
    // activeTab + scripting: analyse any other page only when the user asks (popup, menu, shortcut).
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'unlimitedStorage', 'alarms'],
    // Static host access only on the known job boards; "detect everywhere" is an opt-in.
    host_permissions: BOARD_MATCHES,
    // The opt-in "detect postings on every site" (MV2 lists host patterns among optional_permissions),
    // and notifications for next-action reminders, asked for when the user first sets one (tracker).
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['<all_urls>'], optional_permissions: ['notifications'] }
      : { optional_permissions: ['notifications', '<all_urls>'] }),
    commands: {
      'analyze-page': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Analyse this page or the selected text with JD Lens',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide JD Lens highlights',
      },
      'save-posting': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this posting to the JD Lens tracker',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'jd-lens@jdlens.invalid',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  // web-ext is installed for `web-ext lint`; without this, `wxt` dev mode would try to open a browser.
  webExt: { disabled: true },
  zip: {
    excludeSources: ['logs/**', 'test-results/**', 'playwright-report/**', 'stats.html', '.tmp/**'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
