import { test, expect, page as fixture, type Ext } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';

const LINKEDIN = 'https://www.linkedin.com/jobs/view/4012345678/';
const SMARTRECRUITERS = 'https://jobs.smartrecruiters.com/NorthwindHealth/744000012345-frontend-developer';

/** Fill the options page the way a user does. */
async function createProfile(context: BrowserContext, ext: Ext, skills: string, years: number) {
  const options = await ext.open('options.html');
  await options.getByLabel('Profile name').fill('Backend me');
  await options.getByLabel('Years of experience').fill(String(years));
  await options.getByLabel('Add skills').fill(skills);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await options.close();
  void context;
}

/** The page's console errors, to prove JD Lens logs none on the host page. */
function collectErrors(p: Page): string[] {
  const errors: string[] = [];
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  p.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

test('LinkedIn job view: badge, highlights, side panel score, saved to the tracker', async ({ context, ext, serve }) => {
  await createProfile(context, ext, 'Python, Django, PostgreSQL, Docker, AWS', 6);
  await serve(LINKEDIN, fixture('linkedin-view.html'));
  const job = await context.newPage();
  const errors = collectErrors(job);
  await job.goto(LINKEDIN);

  const badge = job.locator('jdl-badge');
  await expect(badge).toHaveAttribute('data-skill-count', /^[1-9]\d*$/);
  await expect(badge).toHaveAttribute('data-highlight-count', /^[1-9]\d*$/);
  await expect(badge.locator('[data-testid=jdl-score]')).toHaveText(/^\d+$/);
  const painted = await job.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('jdl-')).length);
  expect(painted, 'the CSS Custom Highlight API should hold JD Lens highlights').toBeGreaterThan(0);
  // Nothing but the badge host was added to the page.
  expect(await job.locator('mark').count()).toBe(0);

  const tabId = await ext.tabIdOf(job);
  const panel = await ext.open(`sidepanel.html?tabId=${tabId}`);
  await expect(panel.getByTestId('jdl-score')).toHaveText(/^\d+$/);
  await expect(panel.locator('[data-testid=jdl-skill][data-skill=Python]')).toHaveAttribute('data-level', 'required');
  await expect(panel.locator('[data-testid=jdl-skill][data-skill=Python]')).toHaveAttribute('data-have', 'true');
  await expect(panel.locator('[data-testid=jdl-skill][data-skill=Kubernetes]')).toHaveAttribute('data-have', 'false');
  await panel.getByTestId('jdl-save').click();
  await expect(panel.getByTestId('jdl-save')).toBeDisabled();

  const tracker = await ext.open('tracker.html');
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(1);
  await expect(tracker.getByTestId('jdl-tracker-row')).toContainText('Senior Backend Engineer');
  await expect(tracker.getByTestId('jdl-tracker-row')).toContainText('Acme Robotics');
  expect(errors, 'no console errors on the host page').toEqual([]);
});

test('JSON-LD career page: highlights, popup score and Save', async ({ context, ext, serve }) => {
  await createProfile(context, ext, 'React, JavaScript, CSS, HTML', 4);
  await serve(SMARTRECRUITERS, fixture('smartrecruiters-jsonld.html'));
  const job = await context.newPage();
  const errors = collectErrors(job);
  await job.goto(SMARTRECRUITERS);
  const badge = job.locator('jdl-badge');
  await expect(badge).toHaveAttribute('data-highlight-count', /^[1-9]\d*$/);

  const tabId = await ext.tabIdOf(job);
  const popup = await ext.open(`popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('jdl-score')).toHaveText(/^\d+$/);
  await expect(popup.locator('[data-testid=jdl-skill][data-skill=React]')).toHaveAttribute('data-have', 'true');
  await expect(popup.locator('[data-testid=jdl-skill][data-skill=TypeScript]')).toHaveAttribute('data-have', 'false');
  await popup.getByTestId('jdl-save').click();
  await expect(popup.getByTestId('jdl-save')).toBeDisabled();
  await expect(badge).toContainText('saved');

  const tracker = await ext.open('tracker.html');
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(1);
  await expect(tracker.getByTestId('jdl-tracker-row')).toContainText('Northwind Health');
  expect(errors).toEqual([]);
});

test('no posting, malformed JSON-LD, empty description: a quiet state and no errors', async ({ context, ext, serve }) => {
  await serve('https://www.linkedin.com/jobs/', fixture('linkedin-no-posting.html'));
  await serve('https://jobs.smartrecruiters.com/Contoso/1-data-analyst', fixture('malformed-jsonld.html'));
  for (const url of ['https://www.linkedin.com/jobs/', 'https://jobs.smartrecruiters.com/Contoso/1-data-analyst']) {
    const p = await context.newPage();
    const errors = collectErrors(p);
    await p.goto(url);
    const tabId = await ext.tabIdOf(p);
    const popup = await ext.open(`popup.html?tabId=${tabId}`);
    await expect(popup.getByRole('button', { name: 'Analyse this page' })).toBeVisible({ timeout: 15_000 });
    await expect(popup.getByTestId('jdl-score')).toHaveCount(0);
    expect(await p.locator('jdl-badge[data-status=ready]').count()).toBe(0);
    expect(errors, `no console errors on ${url}`).toEqual([]);
    await popup.close();
  }
});
