/**
 * Helpers shared by the hardening, privacy and accessibility end-to-end tests: a profile made
 * through the options page, a page's console errors, the traces a payload would leave in a
 * document, and the host page's own script still answering.
 */
import type { Page } from '@playwright/test';
import { expect, type Ext } from './fixtures';

/** Fill the options page the way a user does, and save an active profile. */
export async function createProfile(ext: Ext, skills = 'Python, Django, PostgreSQL, Docker, AWS, SQL') {
  const options = await ext.open('options.html');
  await options.getByLabel('Profile name').fill('Hardening');
  await options.getByLabel('Years of experience').fill('6');
  await options.getByLabel('Add skills').fill(skills);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await options.close();
}

/** Console errors and uncaught exceptions of a page. */
export function collectErrors(p: Page): string[] {
  const errors: string[] = [];
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  p.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** What a payload would leave behind in a document if it had become markup or had run. */
export async function traces(p: Page) {
  return p.evaluate(() => {
    const all = (root: Document | ShadowRoot): Element[] => {
      const out: Element[] = [];
      for (const el of root.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) out.push(...all(el.shadowRoot));
      }
      return out;
    };
    const els = all(document);
    return {
      pwned: (window as unknown as { __jdlPwned?: unknown }).__jdlPwned ?? null,
      handlers: els.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`)),
      // Links JD Lens could have made (the page's own <link rel=canonical> in <head> is its business).
      jsLinks: els
        .filter((el) => !el.closest('head') && /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? ''))
        .map((el) => el.outerHTML.slice(0, 120)),
      injected: els.filter((el) => ['img', 'iframe', 'object', 'embed', 'template'].includes(el.localName) || el.getAttribute('src') === 'x').map((el) => el.localName),
    };
  });
}

export const CLEAN = { pwned: null, handlers: [], jsLinks: [], injected: [] };

/**
 * Every extension page a hostile posting passes through, checked for traces and for its title
 * and company shown literally: the popup (then Save), the side panel with evidence open, and
 * the tracker's table and detail.
 */
export async function expectCleanExtensionPages(ext: Ext, job: Page, literalTitle: string, literalCompany: string) {
  const tabId = await ext.tabIdOf(job);
  const popup = await ext.open(`popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('jdl-save')).toBeVisible();
  await expect(popup.locator('h1'), 'the title shows as literal text').toHaveText(literalTitle);
  await expect(popup.locator('header p').first()).toContainText(literalCompany);
  expect(await traces(popup), 'popup').toEqual(CLEAN);
  await popup.getByTestId('jdl-save').click();
  await expect(popup.getByTestId('jdl-save')).toBeDisabled();
  expect(await traces(popup), 'popup after saving').toEqual(CLEAN);

  const panel = await ext.open(`sidepanel.html?tabId=${tabId}`);
  await expect(panel.locator('h1')).toHaveText(literalTitle);
  // Open the evidence of the first skills in turn: the posting's own words appear there.
  const chips = panel.locator('[data-testid=jdl-skill] button');
  for (let i = 0; i < Math.min(await chips.count(), 6); i++) await chips.nth(i).click();
  expect(await traces(panel), 'side panel').toEqual(CLEAN);

  const tracker = await ext.open('tracker.html');
  const row = tracker.getByTestId('jdl-tracker-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(literalTitle);
  expect(await traces(tracker), 'tracker table').toEqual(CLEAN);
  await row.getByTestId('jdl-open-detail').click();
  await expect(tracker.locator('h1, h2').filter({ hasText: literalTitle }).first()).toBeVisible();
  expect(await traces(tracker), 'tracker detail').toEqual(CLEAN);
  // Links out of the tracker are http(s) only: the javascript: canonical and og:url were dropped.
  const hrefs = await tracker.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.filter((h) => !/^(https?|chrome-extension):/.test(h))).toEqual([]);
  for (const p of [popup, panel, tracker]) await p.close();
}

/** The host page's own script still answers. */
export async function expectHostAlive(job: Page) {
  const before = await job.evaluate(() => (window as unknown as { __hostClicks: number }).__hostClicks);
  await job.locator('#ping').click();
  await expect.poll(() => job.evaluate(() => (window as unknown as { __hostClicks: number }).__hostClicks)).toBe(before + 1);
}
