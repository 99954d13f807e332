import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';

// Real job pages saved from the live sites (../shared/fixtures/html; read in place, never copied
// into the repo), served at their real URLs: the extension has never been tuned on them.
const SHARED = path.resolve(import.meta.dirname, '../../../shared/fixtures/html');
const PAGES = [
  {
    file: 'linkedin-guest-heidi.html',
    url: 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
    title: /Senior Software Engineer/,
    company: 'Heidi',
  },
  {
    file: 'indeed-au-papercut.html',
    url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    title: /Senior DevOps Engineer/,
    company: /PaperCut/i,
  },
];

for (const real of PAGES) {
  test(`a real saved page it has never seen: ${real.file}`, async ({ context, ext, serve }) => {
    test.skip(!existsSync(path.join(SHARED, real.file)), 'needs ../shared/fixtures/html beside the repo');
    const options = await ext.open('options.html');
    await options.getByLabel('Profile name').fill('Engineer');
    await options.getByLabel('Years of experience').fill('6');
    await options.getByLabel('Add skills').fill('TypeScript, Python, AWS, Docker, Kubernetes, Terraform');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByRole('button', { name: 'Save profile' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await options.close();

    await serve(real.url, readFileSync(path.join(SHARED, real.file), 'utf8'));
    const job = await context.newPage();
    await job.goto(real.url);
    const badge = job.locator('jdl-badge');
    await expect(badge).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
    await expect(badge).toHaveAttribute('data-skill-count', /^[1-9]\d*$/);
    await expect(badge).toHaveAttribute('data-highlight-count', /^[1-9]\d*$/);
    const painted = await job.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('jdl-')).length);
    expect(painted, 'CSS highlights painted on the real page').toBeGreaterThan(0);

    const tabId = await ext.tabIdOf(job);
    const panel = await ext.open(`sidepanel.html?tabId=${tabId}`);
    await expect(panel.getByTestId('jdl-score')).toHaveText(/^\d+$/);
    await expect(panel.locator('h1')).toContainText(real.title);
    await expect(panel.locator('header')).toContainText(real.company);
    await expect(panel.getByTestId('jdl-skill').first()).toBeVisible();
  });
}
