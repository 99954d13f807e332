/**
 * Accessibility of the extension pages (popup, side panel, tracker, options), populated: a
 * profile exists and a posting is analysed and saved. axe-core finds no serious or critical
 * violation in light or dark mode; every interactive element is reached with Tab; key actions
 * work from the keyboard (Save with Enter or Space, a skill's evidence, the tracker's detail,
 * adding a skill); the score sits in a live region so screen readers announce it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, page as fixture, type Ext } from './fixtures';
import { createProfile } from './hardening-kit';

const LINKEDIN = 'https://www.linkedin.com/jobs/view/4012345678/';
const SMARTRECRUITERS = 'https://jobs.smartrecruiters.com/NorthwindHealth/744000012345-frontend-developer';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Rules whose "needs review" results are failures here: axe leaves aria-prohibited-attr
 * undecided when the element has text, but the label is still ignored by screen readers.
 */
const REVIEW_AS_VIOLATION = ['aria-prohibited-attr'];

/** axe-core's serious and critical violations on the page as it is now. */
async function axe(p: Page): Promise<string[]> {
  // Runtime.evaluate is not subject to the extension page's CSP (no inline scripts there).
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE);
  const { violations, incomplete } = (await p.evaluate(async () => {
    const run = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[]; incomplete: unknown[] }> } }).axe.run;
    const r = await run(document, { resultTypes: ['violations', 'incomplete'] });
    return { violations: r.violations, incomplete: r.incomplete };
  })) as { violations: Violation[]; incomplete: Violation[] };
  return [...violations, ...incomplete.filter((v) => REVIEW_AS_VIOLATION.includes(v.id))]
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} (${(n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()})`).join('; ')}`);
}

/**
 * Contrast of the score number against the page (axe cannot decide it: the number sits on the
 * SVG ring). WCAG 2.x relative luminance; large bold text needs 3:1, the bound here is 4.5:1.
 */
async function scoreContrast(p: Page): Promise<number> {
  return p.getByTestId('jdl-score').evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    let bgEl: Element | null = el;
    let bg = 'rgba(0, 0, 0, 0)';
    while (bgEl && /rgba\(.*, 0\)|transparent/.test(bg)) {
      bg = getComputedStyle(bgEl).backgroundColor;
      bgEl = bgEl.parentElement;
    }
    const [a, b] = [lum(getComputedStyle(el).color), lum(bg)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  });
}

/** Check both colour schemes; the page is reloaded in between so styles settle. */
async function axeBothSchemes(p: Page, ready: (p: Page) => Promise<void>, score = false): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await p.emulateMedia({ colorScheme });
    await p.reload();
    await ready(p);
    out[colorScheme] = await axe(p);
    if (score) {
      const ratio = await scoreContrast(p);
      if (ratio < 4.5) out[colorScheme].push(`score contrast ${ratio.toFixed(2)}:1 is below 4.5:1`);
    }
  }
  return out;
}

/**
 * Press Tab from the top of the page until focus comes back round (or 400 presses), and
 * return the interactive elements never focused. Interactive: visible, enabled links,
 * buttons, form fields, summaries and tabindex >= 0 elements.
 */
async function unreachable(p: Page): Promise<string[]> {
  await p.evaluate(() => {
    const all = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]');
    let n = 0;
    for (const el of all) el.dataset.jdlA11y = String(n++);
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
  });
  const expected = await p.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-jdl-a11y]')]
      .filter((el) => {
        if ((el as HTMLButtonElement).disabled || el.tabIndex < 0 || el.closest('[inert], [hidden]')) return false;
        if ((el as HTMLInputElement).type === 'hidden') return false;
        // Radio groups take one Tab stop; the arrows move within.
        if ((el as HTMLInputElement).type === 'radio' && !(el as HTMLInputElement).checked && document.querySelector(`input[type=radio][name="${(el as HTMLInputElement).name}"]:checked`)) return false;
        return el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
      })
      .map((el) => el.dataset.jdlA11y!),
  );
  const reached = new Set<string>();
  for (let i = 0; i < 400; i++) {
    await p.keyboard.press('Tab');
    const id = await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.jdlA11y ?? null);
    if (id != null) {
      if (reached.has(id) && reached.size >= expected.length) break;
      reached.add(id);
    }
  }
  const missing = expected.filter((id) => !reached.has(id));
  return p.evaluate(
    (ids) => ids.map((id) => document.querySelector(`[data-jdl-a11y="${id}"]`)!.outerHTML.slice(0, 140)),
    missing,
  );
}

/** A posting analysed in a tab, and that tab's id. */
async function openPosting(context: BrowserContext, ext: Ext, serve: (u: string, h: string) => Promise<void>, url: string, file: string) {
  await serve(url, fixture(file));
  const job = await context.newPage();
  await job.goto(url);
  await expect(job.locator('jdl-badge')).toHaveAttribute('data-status', 'ready');
  return { job, tabId: await ext.tabIdOf(job) };
}

const scoreReady = async (p: Page) => {
  await expect(p.getByTestId('jdl-score')).toHaveText(/^\d+$/);
};

test('popup and side panel: axe in light and dark, keyboard reach, Save by keyboard, the score announced', async ({ context, ext, serve }) => {
  test.setTimeout(120_000);
  await createProfile(ext, 'Python, Django, PostgreSQL, Docker, AWS, React');
  const { tabId } = await openPosting(context, ext, serve, LINKEDIN, 'linkedin-view.html');
  const second = await openPosting(context, ext, serve, SMARTRECRUITERS, 'smartrecruiters-jsonld.html');

  const popup = await ext.open(`popup.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 400, height: 600 }); // the toolbar popup's size
  await scoreReady(popup);
  expect(await axeBothSchemes(popup, scoreReady, true), 'popup: serious or critical axe violations').toEqual({ light: [], dark: [] });
  // The score is in a live region, with its meaning in words.
  const live = await popup.getByTestId('jdl-score').evaluate((el) => {
    const region = el.closest('[aria-live], [role=status], [role=alert]');
    const meter = el.closest('[role=meter]');
    return { live: region?.getAttribute('aria-live') ?? region?.getAttribute('role') ?? null, text: meter?.getAttribute('aria-valuetext') ?? null };
  });
  expect(live.live, 'the score must sit in an aria-live region (or role=status)').toMatch(/polite|assertive|status|alert/);
  expect(live.text).toMatch(/^\d+ out of 100, (strong|partial|weak) fit$/);
  expect(await unreachable(popup), 'popup: interactive elements Tab never reaches').toEqual([]);
  // Save with Enter.
  await popup.getByTestId('jdl-save').focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('jdl-save')).toBeDisabled();
  await expect(popup.getByTestId('jdl-save')).toHaveAccessibleName(/Saved to tracker/);

  const panel = await ext.open(`sidepanel.html?tabId=${second.tabId}`);
  await scoreReady(panel);
  expect(await axeBothSchemes(panel, scoreReady, true), 'side panel: serious or critical axe violations').toEqual({ light: [], dark: [] });
  expect(await unreachable(panel), 'side panel: interactive elements Tab never reaches').toEqual([]);
  expect(await panel.getByTestId('jdl-score').evaluate((el) => !!el.closest('[aria-live], [role=status]'))).toBe(true);
  // A skill's evidence opens with Enter and closes back to its chip.
  const chip = panel.locator('[data-testid=jdl-skill] button').first();
  await chip.focus();
  await panel.keyboard.press('Enter');
  await expect(chip).toHaveAttribute('aria-expanded', 'true');
  expect(await axe(panel), 'side panel with evidence open').toEqual([]);
  // Save with Space.
  await panel.getByTestId('jdl-save').focus();
  await panel.keyboard.press('Space');
  await expect(panel.getByTestId('jdl-save')).toBeDisabled();
});

test('tracker and options: axe in light and dark, keyboard reach and actions', async ({ context, ext, serve }) => {
  test.setTimeout(120_000);
  await createProfile(ext, 'Python, Django, PostgreSQL, Docker, AWS');
  for (const [url, file] of [
    [LINKEDIN, 'linkedin-view.html'],
    [SMARTRECRUITERS, 'smartrecruiters-jsonld.html'],
  ] as const) {
    const { tabId } = await openPosting(context, ext, serve, url, file);
    const popup = await ext.open(`popup.html?tabId=${tabId}`);
    await popup.getByTestId('jdl-save').click();
    await expect(popup.getByTestId('jdl-save')).toBeDisabled();
    await popup.close();
  }

  const tracker = await ext.open('tracker.html');
  const rows = async (p: Page) => {
    await expect(p.getByTestId('jdl-tracker-row')).toHaveCount(2);
  };
  await rows(tracker);
  expect(await axeBothSchemes(tracker, rows), 'tracker table: serious or critical axe violations').toEqual({ light: [], dark: [] });
  expect(await unreachable(tracker), 'tracker table: interactive elements Tab never reaches').toEqual([]);
  for (const view of ['board', 'stats'] as const) {
    await tracker.getByTestId(`jdl-view-${view}`).click();
    await expect(tracker.getByTestId(`jdl-view-${view}`)).toHaveAttribute('aria-current', 'page');
    expect(await axe(tracker), `tracker ${view}: serious or critical axe violations`).toEqual([]);
    expect(await unreachable(tracker), `tracker ${view}: interactive elements Tab never reaches`).toEqual([]);
  }
  await tracker.getByTestId('jdl-view-table').click();
  // Open a posting's detail from the keyboard.
  await tracker.getByTestId('jdl-open-detail').first().focus();
  await tracker.keyboard.press('Enter');
  await expect(tracker).toHaveURL(/#\/p\//);
  const detail = async (p: Page) => {
    await expect(p.locator('textarea').first()).toBeVisible();
  };
  await detail(tracker);
  expect(await axeBothSchemes(tracker, detail), 'tracker detail: serious or critical axe violations').toEqual({ light: [], dark: [] });
  expect(await unreachable(tracker), 'tracker detail: interactive elements Tab never reaches').toEqual([]);

  const options = await ext.open('options.html');
  const profileShown = async (p: Page) => {
    await expect(p.getByTestId('jdl-profile-skill').first()).toBeVisible();
  };
  await profileShown(options);
  expect(await axeBothSchemes(options, profileShown), 'options: serious or critical axe violations').toEqual({ light: [], dark: [] });
  expect(await unreachable(options), 'options: interactive elements Tab never reaches').toEqual([]);
  // Add a skill with Enter in the field.
  const before = await options.getByTestId('jdl-profile-skill').count();
  await options.getByLabel('Add skills').focus();
  await options.keyboard.type('Kubernetes');
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('jdl-profile-skill')).toHaveCount(before + 1);
});
