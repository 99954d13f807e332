/**
 * Privacy, end to end: while postings are analysed, saved, viewed and exported, no extension
 * context (service worker, content script, popup, side panel, tracker, options) makes a network
 * request. Every request the browser context sees is recorded, the service worker's included
 * (PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS, set in playwright.config.ts; a control fetch
 * from the worker proves they are seen), from right after the browser starts (an auto fixture
 * that needs only the context, so it is in place before the test waits for the worker): the
 * only http(s) requests allowed are the fixture pages' own navigations.
 */
import type { Request } from '@playwright/test';
import { test as base, expect, page as fixture } from './fixtures';
import { createProfile } from './hardening-kit';

const LINKEDIN = 'https://www.linkedin.com/jobs/view/4012345678/';
const JSONLD = 'https://wellfound.com/company/evil-corp/careers'; // its description carries remote images
const CONTROL = 'https://control.jdlens.invalid/ping';

interface Seen {
  url: string;
  type: string;
  navigation: boolean;
  worker: string | null;
  /** The URL of the frame that made it (for a navigation: the frame's URL before it). */
  frame: string | null;
  mainFrame: boolean;
}

function record(r: Request): Seen {
  let frame: string | null = null;
  let mainFrame = false;
  try {
    frame = r.frame().url();
    mainFrame = r.frame().parentFrame() === null;
  } catch {
    frame = null; // service-worker requests have no frame
  }
  return { url: r.url(), type: r.resourceType(), navigation: r.isNavigationRequest(), worker: r.serviceWorker()?.url() ?? null, frame, mainFrame };
}

type ChromeApi = { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };

const test = base.extend<{ seen: Seen[] }>({
  seen: [
    async ({ context }, use) => {
      const seen: Seen[] = [];
      context.on('request', (r) => seen.push(record(r)));
      await use(seen);
    },
    { auto: true },
  ],
});

test('no extension context makes a network request while postings are analysed, saved and exported', async ({ context, ext, serve, seen }) => {
  test.setTimeout(120_000);
  const worker = ext.worker;

  // Control: a deliberate fetch from the service worker is seen (and refused by the harness).
  await worker.evaluate((u) => fetch(u).then(() => 'fetched', (e: unknown) => String(e)), CONTROL);
  await expect.poll(() => seen.filter((s) => s.url === CONTROL && s.worker !== null).length, { message: 'the recorder sees service-worker requests' }).toBeGreaterThan(0);

  await createProfile(ext);
  await serve(LINKEDIN, fixture('linkedin-view.html'));
  await serve(JSONLD, fixture('hostile-jsonld.html'));
  const tabIdOf = async (url: string) => {
    const ids = await worker.evaluate(async (u) => (await (globalThis as unknown as ChromeApi).chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id!), url);
    expect(ids).toHaveLength(1);
    return ids[0]!;
  };

  for (const url of [LINKEDIN, JSONLD]) {
    const job = await context.newPage();
    await job.goto(url);
    await expect(job.locator('jdl-badge')).toHaveAttribute('data-status', 'ready');
    const tabId = await tabIdOf(url);
    const popup = await ext.open(`popup.html?tabId=${tabId}`);
    await popup.getByTestId('jdl-save').click();
    await expect(popup.getByTestId('jdl-save')).toBeDisabled();
    const panel = await ext.open(`sidepanel.html?tabId=${tabId}`);
    await expect(panel.getByTestId('jdl-score')).toHaveText(/^\d+$/);
    await panel.locator('[data-testid=jdl-skill] button').first().click(); // evidence view
    await popup.close();
    await panel.close();
  }

  const tracker = await ext.open('tracker.html');
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(2);
  for (const id of ['jdl-export-json', 'jdl-export-csv']) {
    const download = tracker.waitForEvent('download');
    await tracker.getByTestId(id).click();
    expect((await download).suggestedFilename()).toMatch(/^jd-lens-/);
  }
  await tracker.getByTestId('jdl-open-detail').first().click();
  await expect(tracker.locator('textarea').first()).toBeVisible();
  await tracker.waitForTimeout(500); // let anything deferred fire

  const own = `chrome-extension://${ext.id}/`;
  const served = new Set([LINKEDIN, JSONLD]);
  const fixtureNavigations = seen.filter((s) => served.has(s.url) && s.type === 'document' && s.navigation && !s.worker && s.mainFrame);
  const packageFiles = seen.filter((s) => s.url.startsWith(own));
  const localBlobs = seen.filter((s) => s.url.startsWith(`blob:${own}`) || s.url.startsWith('data:'));
  const control = seen.filter((s) => s.url === CONTROL);
  const other = seen.filter((s) => !fixtureNavigations.includes(s) && !packageFiles.includes(s) && !localBlobs.includes(s) && !control.includes(s));
  console.log(
    `[privacy] ${seen.length} requests: ${fixtureNavigations.length} fixture navigations, ${packageFiles.length} extension package files, ` +
      `${localBlobs.length} blob/data URLs, ${control.length} control, ${other.length} other`,
  );
  expect(fixtureNavigations.map((s) => s.url).sort(), 'each fixture page was requested once, by its own navigation').toEqual([...served].sort());
  expect(other, 'requests other than the fixture pages themselves: a network request from JD Lens, or a page sub-resource it caused').toEqual([]);
  expect(packageFiles.filter((s) => s.worker || !s.frame?.startsWith(own)), 'package files are loaded only by extension pages').toEqual([]);
});
