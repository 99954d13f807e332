/**
 * Heavy pages against the built extension in Chromium: a huge posting (50,000+ nodes, 1 MB of
 * description) and a page that rewrites its DOM every 50 ms. The content script stays within
 * the long-task bounds below, the page keeps working and logs no error.
 */
import type { Page } from '@playwright/test';
import { test, expect, page as fixture } from './fixtures';
import { CLEAN, collectErrors, createProfile, expectHostAlive, traces } from './hardening-kit';

// Playwright's trace snapshots walk the whole DOM on every action (seconds on a 50,000-node
// page, in the page's own main thread), which would swamp what is measured here.
test.use({ trace: 'off' });

const HUGE = 'https://www.linkedin.com/jobs/view/4077777777/';
const HUGE_OFF_BOARD = 'https://careers.huge.example/jobs/4077777777';
const MUTATING = 'https://www.linkedin.com/jobs/view/4088888888/';

/**
 * Long-task bounds for the content script on a 50,000-node page with 1 MB of description,
 * measured in the page with a PerformanceObserver('longtask') after DOMContentLoaded, with and
 * without JD Lens (the off-board URL runs no content script). JD Lens reads the posting's
 * text nodes (and their computed styles) in one task and paints its highlights in another.
 * Measured on the 2-core CI machine: its longest task is about 0.6 s with the machine loaded
 * (load average 14) and without other load about 0.2 s; the bounds leave room for a loaded run.
 * The tests wait with a cheap polled predicate instead of locators, which query the whole DOM.
 */
const HUGE_MAX_TASK_MS = 1000;
const HUGE_TOTAL_EXTRA_MS = 2000;

/** A LinkedIn view with `items` generated list items: 10+ nodes and about 200 characters each. */
function hugePage(items: number): string {
  const words = ['Python', 'design', 'Kubernetes', 'the', 'service', 'PostgreSQL', 'and', 'on-call', 'Rust', 'with', 'experience', 'teams'];
  const li: string[] = [];
  for (let i = 0; i < items; i++) {
    const w = (k: number) => words[(i * 7 + k * 3) % words.length];
    li.push(
      `<li><span><b>${i}.</b> Own ${w(1)} ${w(2)} ${w(3)}</span> <span><i>${w(4)}</i> <a href="#r${i}">${w(5)}</a></span> <span>${w(6)} ${w(7)} ${w(8)} ${w(9)}: ` +
        `we ship ${w(10)} ${w(11)} daily, measure ${w(0)} ${w(1)} and review every change with care across ${w(2)}.</span></li>`,
    );
  }
  return fixture('hostile-huge.html').replace('<!--JDL-REPEAT-->', li.join('\n'));
}

/** Wait for the badge to say `status` with a cheap predicate polled every 250 ms. */
const badgeStatus = (p: Page, status: string, timeout = 60_000) =>
  p.waitForFunction((s) => document.querySelector('jdl-badge')?.getAttribute('data-status') === s, status, { polling: 250, timeout });

test('huge page (50,000 nodes, 1 MB of description): bounded long tasks, responsive page', async ({ context, serve }) => {
  test.setTimeout(120_000);
  const html = hugePage(5700);
  expect(html.length, 'about 1 MB of page').toBeGreaterThan(1_000_000);
  await serve(HUGE, html);
  await serve(HUGE_OFF_BOARD, html);

  /** Long tasks after DOMContentLoaded, within `ms` of it. */
  const measure = async (url: string, settle: (p: Page) => Promise<void>) => {
    const p = await context.newPage();
    const errors = collectErrors(p);
    await p.goto(url);
    await settle(p);
    await p.waitForTimeout(1500);
    const r = await p.evaluate(() => {
      const dcl = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= dcl.domContentLoadedEventEnd);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let nodes = 0;
      while (walker.nextNode()) nodes++;
      return {
        nodes,
        text: document.getElementById('job-details')!.textContent!.length,
        max: Math.max(0, ...tasks.map((t) => t.duration)),
        total: tasks.reduce((n, t) => n + t.duration, 0),
        count: tasks.length,
      };
    });
    await expectHostAlive(p);
    await p.close();
    return { ...r, errors };
  };

  const without = await measure(HUGE_OFF_BOARD, async () => {});
  let highlights = 0;
  const withJdl = await measure(HUGE, async (p) => {
    await badgeStatus(p, 'ready');
    highlights = Number(await p.evaluate(() => document.querySelector('jdl-badge')!.getAttribute('data-highlight-count')));
  });
  console.log(`[huge page] ${withJdl.nodes} nodes, ${withJdl.text} characters of description, ${highlights} highlights; long tasks after DOMContentLoaded: without JD Lens ${without.count} (max ${without.max.toFixed(0)} ms, total ${without.total.toFixed(0)} ms), with JD Lens ${withJdl.count} (max ${withJdl.max.toFixed(0)} ms, total ${withJdl.total.toFixed(0)} ms)`);
  expect(highlights, 'the posting was analysed and highlighted').toBeGreaterThan(0);
  expect(withJdl.nodes).toBeGreaterThanOrEqual(50_000);
  expect(withJdl.text).toBeGreaterThanOrEqual(1_000_000);
  expect(withJdl.max, `the content script's longest task on a huge page (bound ${HUGE_MAX_TASK_MS} ms)`).toBeLessThanOrEqual(HUGE_MAX_TASK_MS);
  expect(withJdl.total - without.total, `long-task time JD Lens adds (bound ${HUGE_TOTAL_EXTRA_MS} ms)`).toBeLessThanOrEqual(HUGE_TOTAL_EXTRA_MS);
  expect(withJdl.errors).toEqual([]);
});

test('page that rewrites its DOM every 50 ms: bounded re-analysis, highlights kept, page unharmed', async ({ context, ext, serve }) => {
  test.setTimeout(90_000);
  await createProfile(ext);
  await serve(MUTATING, fixture('hostile-mutating.html'));
  const job = await context.newPage();
  const errors = collectErrors(job);
  await job.goto(MUTATING);
  await badgeStatus(job, 'ready', 30_000);
  type Win = { __hostTicks: number; __churnInside?: boolean; __longTasks: { duration: number }[] };
  const sample = () =>
    job.evaluate(() => {
      const w = window as unknown as Win;
      const badge = document.querySelector('jdl-badge')!;
      return {
        ticks: w.__hostTicks,
        analyses: Number(badge.getAttribute('data-analyses')),
        status: badge.getAttribute('data-status'),
        painted: [...CSS.highlights.entries()].filter(([k]) => k.startsWith('jdl-')).reduce((n, [, h]) => n + h.size, 0),
        longest: Math.max(0, ...w.__longTasks.map((t) => t.duration)),
      };
    });

  // 1. Churn around the posting (ads, top card, <body> class): the text is stable, one analysis.
  const start = await sample();
  await job.waitForTimeout(3000);
  const around = await sample();
  expect(around.ticks - start.ticks, "the page's own 50 ms timer keeps running").toBeGreaterThan(20);
  expect(around.analyses, 'the posting text did not change: still one analysis').toBe(1);
  expect(around.painted, 'highlights survive the churn around them').toBeGreaterThan(0);

  // 2. Churn inside the description: its text changes 20 times a second, and each rewrite
  // replaces a text node of the posting, which makes the reader read again at once (so that
  // highlights follow re-rendered text). The reader analyses the same posting again at most once
  // per second (REANALYSE_MS in entrypoints/content/reader.ts), never one per mutation: measured
  // 5 in 6 s for 120 rewrites. The bound: one per second, plus one of slack at each end.
  await job.evaluate(() => ((window as unknown as Win).__churnInside = true));
  await job.waitForTimeout(6000);
  const inside = await sample();
  const extra = inside.analyses - around.analyses;
  console.log(`[mutating page] analyses: ${around.analyses} with the text stable for 3 s; +${extra} in 6 s of churn inside the description (${inside.ticks - around.ticks} rewrites); longest task ${inside.longest.toFixed(0)} ms`);
  expect(extra, 'analyses while the description churns (at most one per second)').toBeLessThanOrEqual(8);
  expect(extra, 'the changed text was analysed again').toBeGreaterThan(0);
  // Once the description settles, the last text is analysed and painted.
  await job.evaluate(() => ((window as unknown as Win).__churnInside = false));
  const settled = async () => {
    const s = await sample();
    return s.status === 'ready' && s.painted > 0;
  };
  await expect.poll(settled, { message: 'ready and highlighted after the churn stops' }).toBe(true);
  expect(inside.longest, 'no long task while the page churns').toBeLessThanOrEqual(HUGE_MAX_TASK_MS);
  await expectHostAlive(job);
  expect(await traces(job)).toEqual(CLEAN);
  expect(errors).toEqual([]);
});
