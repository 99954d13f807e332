import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// JDL_EXTENSION_PATH: a private copy of the build, when others rebuild .output in the same checkout.
export const EXTENSION_PATH = path.resolve(import.meta.dirname, '../..', process.env.JDL_EXTENSION_PATH ?? '.output/chrome-mv3');

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  } catch {
    throw new Error('Debian Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH).');
  }
}

/** A fixture page's HTML from tests/e2e/pages, else tests/fixtures/pages ('greenhouse/new-board.html'). */
export function page(name: string): string {
  const local = path.resolve(import.meta.dirname, 'pages', name);
  if (existsSync(local)) return readFileSync(local, 'utf8');
  return readFileSync(path.resolve(import.meta.dirname, '../fixtures/pages', name), 'utf8');
}

export interface Ext {
  id: string;
  worker: Worker;
  /** Open an extension page (popup.html, sidepanel.html ...) in a tab. */
  open(pagePath: string): Promise<Page>;
  /** The browser tab id of a page, as the extension sees it. */
  tabIdOf(p: Page): Promise<number>;
  /**
   * Press the toolbar button on a tab (CDP Extensions.triggerAction), as a user does: the
   * extension gets activeTab on that page, so on-request analysis can inject its reader.
   */
  clickAction(p: Page): Promise<void>;
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
        // Lets tests press the toolbar button (Extensions.triggerAction) to grant activeTab.
        '--enable-unsafe-extension-debugging',
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
          const tabs = await chrome.tabs.query({});
          const known = tabs.filter((t) => t.url === u).map((t) => t.id!);
          if (known.length) return known;
          // Off the boards the URL is hidden until activeTab is granted (clickAction): ask the page itself.
          const { scripting } = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<{ result?: unknown }[]> } } }).chrome;
          const found: number[] = [];
          for (const t of tabs.filter((t) => t.url === undefined)) {
            const res = await scripting.executeScript({ target: { tabId: t.id }, func: () => location.href }).catch(() => []);
            if (res[0]?.result === u) found.push(t.id!);
          }
          return found;
        }, url);
        if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
        return ids[0]!;
      },
      async clickAction(p) {
        const browser = context.browser();
        if (!browser) throw new Error('clickAction needs the Browser behind the persistent context');
        await p.bringToFront(); // the onboarding tab opened on install may hold the focus
        const cdp = await browser.newBrowserCDPSession();
        try {
          const url = p.url();
          const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as {
            targetInfos: { targetId: string; type: string; url: string }[];
          };
          const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
          if (!tab) throw new Error(`no tab target at ${url}`);
          await cdp.send('Extensions.triggerAction' as never, { id, targetId: tab.targetId } as never);
        } finally {
          await cdp.detach().catch(() => {});
        }
      },
    });
  },
});
export const expect = test.expect;
