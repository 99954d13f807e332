import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const EXTENSION_PATH = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  } catch {
    throw new Error('Debian Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH).');
  }
}

/** A fixture page's HTML from tests/e2e/pages or tests/fixtures/pages. */
export function page(name: string): string {
  const local = path.resolve(import.meta.dirname, 'pages', name);
  return readFileSync(local, 'utf8');
}

export interface Ext {
  id: string;
  worker: Worker;
  /** Open an extension page (popup.html, sidepanel.html ...) in a tab. */
  open(pagePath: string): Promise<Page>;
  /** The browser tab id of a page, as the extension sees it. */
  tabIdOf(p: Page): Promise<number>;
}

export const test = base.extend<{ context: BrowserContext; ext: Ext; serve: (url: string, html: string) => Promise<void> }>({
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_PATH}`,
        `--load-extension=${EXTENSION_PATH}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    // Nothing reaches the network: every request not served by a test is refused.
    await context.route(/^https?:/, (route) => route.abort('blockedbyclient'));
    await use(context);
    await context.close();
  },
  serve: async ({ context }, use) => {
    await use(async (url, html) => {
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    });
  },
  ext: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    const id = new URL(worker.url()).host;
    await use({
      id,
      worker,
      async open(pagePath) {
        const p = await context.newPage();
        await p.goto(`chrome-extension://${id}/${pagePath}`);
        return p;
      },
      async tabIdOf(p) {
        const url = p.url();
        const ids = await worker.evaluate(async (u) => {
          const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
          return (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id!);
        }, url);
        if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
        return ids[0]!;
      },
    });
  },
});
export const expect = test.expect;
