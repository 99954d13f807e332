// Firefox end-to-end harness: Playwright Test is the runner, puppeteer-core drives Debian's
// firefox-esr over WebDriver BiDi (Playwright cannot drive a stock Firefox; see
// ../shared/notes/firefox.md). The build is installed as a temporary add-on, fixture pages are
// served at their real URLs by request interception, and nothing reaches the network.
import { test as base, expect } from '@playwright/test';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'jd-lens@jdlens.invalid';
/** The moz-extension:// host, pinned with the extensions.webextensions.uuids pref. */
export const UUID = '6a1d7c2e-3b4f-4e5a-9c8d-1f2e3d4c5b6a';
export const ROOT = path.resolve(import.meta.dirname, '../..');

function firefoxPath(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  try {
    return execSync('command -v firefox-esr', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  } catch {
    throw new Error("Debian's firefox-esr not found: apt-get install -y firefox-esr (or set FIREFOX_PATH).");
  }
}

/** A fixture page's HTML from tests/e2e/pages. */
export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, 'tests/e2e/pages', name), 'utf8');
}

/** Poll a function in a page from Node until it returns something truthy; returns that value. */
export async function poll<T, A extends unknown[]>(page: Page, fn: (...args: A) => T | Promise<T>, args: A = [] as unknown as A, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    // The first polls may hit the about:blank realm that the navigation is replacing.
    const value = await page.evaluate(fn as (...a: unknown[]) => T, ...args).catch((e: unknown) => ((last = e), undefined));
    if (value) return value as T;
    if (Date.now() > deadline) throw new Error(`poll timed out after ${timeout} ms: ${String(fn).slice(0, 200)} (last error: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface FfExt {
  browser: Browser;
  target: string;
  /**
   * Open an extension page (popup.html?tabId=1 ...) in a new tab. Firefox's BiDi sends no load
   * events for moz-extension:// documents (Bug 1755014), so the navigation is not awaited: the
   * DOM is polled until `ready` matches.
   */
  open(file: string, ready?: string): Promise<Page>;
  /** Serve `html` at `url` (exact, hash ignored) in this tab; every other http(s) request is aborted. */
  serve(page: Page, routes: Record<string, string>): Promise<void>;
  /** The tab id of the tab showing `url`, as the extension sees it. */
  tabIdOf(url: string): Promise<number>;
  /** Create and activate a profile through the options page, as a user does. */
  createProfile(skills: string, years: number): Promise<void>;
}

/** Go to an extension page in `page` and wait until `ready` is in its DOM. */
export async function navigateExtension(page: Page, file: string, ready = 'body'): Promise<void> {
  const url = `moz-extension://${UUID}/${file}`;
  page.goto(url).catch(() => {}); // never resolves for extension pages; rejects later, ignored
  await poll(page, (u: string, sel: string) => location.href === u && document.readyState === 'complete' && !!document.querySelector(sel), [url, ready]);
}

/** Type into the input of the label whose text starts with `label`. */
export async function fillByLabel(page: Page, label: string, value: string): Promise<void> {
  const handle = await page.evaluateHandle((text: string) => {
    const l = [...document.querySelectorAll('label')].find((el) => el.textContent!.trim().startsWith(text));
    return l?.querySelector('input, textarea, select') ?? null;
  }, label);
  const input = handle.asElement() as import('puppeteer-core').ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error(`no input labelled "${label}"`);
  await input.click({ count: 3 });
  await input.type(value);
}

/** Click the button whose visible text is exactly `text`. */
export async function clickButton(page: Page, text: string): Promise<void> {
  const handle = await page.evaluateHandle((t: string) => [...document.querySelectorAll('button')].find((b) => b.textContent!.trim() === t) ?? null, text);
  const button = handle.asElement() as import('puppeteer-core').ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`no button "${text}"`);
  await button.click();
}

const profiled = new WeakSet<Browser>();

export const test = base.extend<{ ffPage: Page; ext: FfExt }, { ffTarget: string; ffBrowser: Browser }>({
  ffTarget: ['firefox-mv2', { scope: 'worker', option: true }],
  // One Firefox with the build installed per worker; every test gets fresh tabs.
  ffBrowser: [
    async ({ ffTarget }, use) => {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: process.env.FF_HEADLESS !== '0',
        // Without it Firefox 153 refuses BiDi navigation to moz-extension:// pages.
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
      });
      try {
        const id = await browser.installExtension(path.join(ROOT, '.output', ffTarget));
        if (id !== ADDON_ID) throw new Error(`installed add-on id ${id}, expected ${ADDON_ID} (wxt.config.ts gecko id)`);
        await use(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  ffPage: async ({ ffBrowser }, use) => {
    const page = await ffBrowser.newPage();
    await use(page);
    await page.close().catch(() => {});
  },
  ext: async ({ ffBrowser, ffTarget }, use) => {
    const opened: Page[] = [];
    const ext: FfExt = {
      browser: ffBrowser,
      target: ffTarget,
      async open(file, ready = 'body') {
        const page = await ffBrowser.newPage();
        opened.push(page);
        await navigateExtension(page, file, ready);
        return page;
      },
      async serve(page, routes) {
        await page.setRequestInterception(true);
        const known = new Map(Object.entries(routes).map(([u, html]) => [u.replace(/#.*$/, ''), html]));
        page.on('request', (req: HTTPRequest) => {
          if (req.isInterceptResolutionHandled()) return;
          const url = req.url().replace(/#.*$/, '');
          const html = known.get(url);
          if (html != null) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
          else if (/^https?:/.test(url)) void req.abort('blockedbyclient');
          else void req.continue();
        });
      },
      async tabIdOf(url) {
        const probe = await ext.open('tracker.html');
        const ids = await probe.evaluate(async (u: string) => {
          const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
          return (await api.tabs.query({})).filter((t) => t.url === u).map((t) => t.id!);
        }, url);
        await probe.close();
        if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
        return ids[0]!;
      },
      async createProfile(skills, years) {
        if (profiled.has(ffBrowser)) return; // once per browser: later tests reuse it
        const options = await ext.open('options.html', 'input');
        await fillByLabel(options, 'Profile name', 'Backend me');
        await fillByLabel(options, 'Years of experience', String(years));
        await fillByLabel(options, 'Add skills', skills);
        await clickButton(options, 'Add');
        await options.click('[data-testid=jdl-profile-save]');
        await poll(options, () => [...document.querySelectorAll('[role=status]')].some((s) => /Saved/.test(s.textContent ?? '')));
        await options.close();
        profiled.add(ffBrowser);
      },
    };
    await use(ext);
    for (const p of opened) await p.close().catch(() => {});
  },
});
export { expect };
