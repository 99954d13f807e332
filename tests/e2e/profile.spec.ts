import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, page as fixture, type Ext } from './fixtures';

const LINKEDIN = 'https://www.linkedin.com/jobs/view/4012345678/';
const RESUMES = path.resolve(import.meta.dirname, '../fixtures/resumes');
const resume = (name: string) => path.join(RESUMES, name);

interface StoredProfile {
  id: string;
  name: string;
  skills: { name: string; years?: number; evidence?: string }[];
  resumeText?: string;
}

/** The profiles in the extension's IndexedDB, read from an extension page (never creates the database). */
function storedProfiles(p: Page): Promise<StoredProfile[]> {
  return p.evaluate(
    () =>
      new Promise<StoredProfile[]>((resolve, reject) => {
        const req = indexedDB.open('jd-lens');
        req.onupgradeneeded = () => req.transaction!.abort(); // no database yet: none saved
        req.onerror = () => resolve([]);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('profiles').objectStore('profiles').getAll();
          all.onsuccess = () => {
            resolve(all.result as StoredProfile[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** One setting as the background stored it. */
function storedSetting(p: Page, key: string): Promise<unknown> {
  return p.evaluate(
    (k) =>
      new Promise<unknown>((resolve) => {
        const req = indexedDB.open('jd-lens');
        req.onsuccess = () => {
          const get = req.result.transaction('settings').objectStore('settings').get(k);
          get.onsuccess = () => resolve(get.result);
        };
      }),
    key,
  );
}

/** Import a resume file in the options page and wait for the proposal. */
async function proposeFrom(options: Page, file: string) {
  await options.getByTestId('jdl-resume-file').setInputFiles(resume(file));
  await expect(options.getByTestId('jdl-import-review')).toBeVisible({ timeout: 20_000 });
}

/** Import a resume as a new profile with the proposal as is. */
async function importResume(ext: Ext, file: string, name: string): Promise<Page> {
  const options = await ext.open('options.html');
  await proposeFrom(options, file);
  await options.getByLabel('Name of the new profile').fill(name);
  await options.getByTestId('jdl-import-confirm').click();
  await expect(options.getByRole('status').filter({ hasText: `Saved “${name}”` })).toBeVisible();
  return options;
}

const proposed = (p: Page, skill: string) => p.locator(`[data-testid=jdl-proposed-skill][data-skill="${skill}"]`);
const saved = (p: Page, skill: string) => p.locator(`[data-testid=jdl-profile-skill][data-skill="${skill}"]`);

test('onboarding: a PDF resume proposes skills with their lines; remove one, add one, confirm, saved', async ({ context, ext }) => {
  // The install opened the onboarding tab by itself.
  await expect.poll(() => context.pages().some((p) => p.url() === `chrome-extension://${ext.id}/options.html?welcome=1`)).toBe(true);
  const options = await ext.open('options.html?welcome=1');
  await expect(options.getByRole('heading', { name: 'Welcome to JD Lens' })).toBeVisible();
  await expect(options.getByTestId('jdl-resume-file'), 'onboarding starts at the file input').toBeFocused();
  await proposeFrom(options, 'resume.pdf');

  // Every proposed skill shows the resume line it came from.
  await expect(proposed(options, 'Python')).toContainText('Python (7 years), Go (3 years)');
  await expect(proposed(options, 'Python')).toContainText('7 years');
  await expect(proposed(options, 'Django')).toContainText('Built Django REST services');
  await expect(proposed(options, 'Kubernetes')).toContainText('Ran Kubernetes (k8s) clusters on AWS EKS');
  const count = await options.getByTestId('jdl-proposed-skill').count();
  expect(count, 'resume.txt names more than ten skills').toBeGreaterThan(10);
  expect(await storedProfiles(options), 'nothing is saved before the user confirms').toEqual([]);

  // Remove one (it can be put back), add one the resume does not name.
  await options.getByRole('button', { name: "Don't import Go" }).click();
  await expect(proposed(options, 'Go')).toHaveCount(0);
  await expect(options.getByRole('button', { name: 'Put back Go' })).toBeVisible();
  await options.getByLabel('Add a skill the resume missed').fill('Rust');
  await options.getByRole('button', { name: 'Add skill' }).click();
  await expect(proposed(options, 'Rust')).toContainText('added by you');
  await options.getByLabel('Name of the new profile').fill('Backend (PDF)');
  await options.getByTestId('jdl-import-confirm').click();

  await expect(options.getByRole('status').filter({ hasText: 'Saved “Backend (PDF)”' })).toBeVisible();
  await expect(options.getByTestId('jdl-import-review')).toHaveCount(0);
  await expect(options.getByTestId('jdl-profile-skill')).toHaveCount(count);
  await expect(saved(options, 'Python')).toContainText('Python (7 years), Go (3 years)');
  await expect(options.getByLabel('Years of Python')).toHaveValue('7');
  await expect(saved(options, 'Go')).toHaveCount(0);
  await expect(saved(options, 'Rust')).toHaveCount(1);
  await expect(options.getByLabel('Profile name')).toHaveValue('Backend (PDF)');
  await expect(options.getByText('You are set.')).toBeVisible();

  const [profile] = await storedProfiles(options);
  expect(profile?.name).toBe('Backend (PDF)');
  expect(profile?.skills.find((s) => s.name === 'Django')?.evidence).toContain('Built Django REST services');
  expect(profile?.resumeText, 'the resume text is kept for evidence links').toContain('Jane Doe');
  expect(await storedSetting(options, 'onboarded')).toBe(true);
});

test('a DOCX resume imports; encrypted, scanned and broken files say why and save nothing', async ({ ext }) => {
  const options = await ext.open('options.html');
  await expect(options.getByTestId('jdl-no-profile')).toBeVisible();

  for (const [file, words] of [
    ['resume-encrypted.pdf', /password-protected/],
    ['resume-scan.pdf', /no text layer/],
    ['resume-truncated.docx', /damaged or incomplete/],
  ] as const) {
    await options.getByTestId('jdl-resume-file').setInputFiles(resume(file));
    const alert = options.getByTestId('jdl-resume-error');
    await expect(alert).toContainText(file, { timeout: 20_000 });
    await expect(alert).toContainText(words);
    await expect(alert).toContainText('Nothing was imported.');
    await expect(options.getByTestId('jdl-import-review')).toHaveCount(0);
  }
  expect(await storedProfiles(options)).toEqual([]);

  await proposeFrom(options, 'resume.docx');
  await expect(options.getByTestId('jdl-resume-error')).toHaveCount(0);
  await expect(proposed(options, 'Redis')).toContainText('Node.js and TypeScript services; Redis caching');
  await options.getByLabel('Name of the new profile').fill('Backend (DOCX)');
  await options.getByTestId('jdl-import-confirm').click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved “Backend (DOCX)”' })).toBeVisible();
  await expect(saved(options, 'Redis')).toContainText('Redis caching');
  const profiles = await storedProfiles(options);
  expect(profiles.map((p) => p.name)).toEqual(['Backend (DOCX)']);
});

test('pasted text, and profiles: create, duplicate, delete with undo, switch active', async ({ ext }) => {
  const options = await ext.open('options.html');
  await options.getByText('Paste the text instead').click();
  await options.getByLabel('Paste your resume text').fill('Frontend developer\nSkills\nReact, TypeScript, CSS, HTML, Figma');
  await options.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(proposed(options, 'React')).toContainText('React, TypeScript, CSS');
  await options.getByLabel('Name of the new profile').fill('Frontend');
  await options.getByTestId('jdl-import-confirm').click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved “Frontend”' })).toBeVisible();

  await options.getByRole('button', { name: 'Duplicate' }).click();
  await expect(options.getByLabel('Profile name')).toHaveValue('Frontend (copy)');
  await options.getByLabel('Profile name').fill('Frontend, remote');
  await options.getByRole('checkbox', { name: 'Remote', exact: true }).check();
  await options.getByRole('checkbox', { name: 'Unpaid or commission-only' }).check();
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved “Frontend, remote”' })).toBeVisible();
  await options.getByRole('button', { name: 'Make active' }).click();
  await expect(options.locator('[data-testid=jdl-profile-item][data-active=true]')).toContainText('Frontend, remote');

  await options.getByRole('button', { name: 'Delete' }).click();
  await expect(options.getByTestId('jdl-undo')).toContainText('Deleted “Frontend, remote”');
  expect((await storedProfiles(options)).map((p) => p.name)).toEqual(['Frontend']);
  await options.getByTestId('jdl-undo').getByRole('button', { name: 'Undo' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Restored “Frontend, remote”' })).toBeVisible();
  await expect(options.locator('[data-testid=jdl-profile-item][data-active=true]')).toContainText('Frontend, remote');
  const back = (await storedProfiles(options)).find((p) => p.name === 'Frontend, remote') as StoredProfile & { workModes?: string[]; dealbreakers?: string[] };
  expect(back.workModes).toEqual(['remote']);
  expect(back.dealbreakers).toEqual(['unpaid-or-commission-only']);
  expect(back.skills.map((s) => s.name)).toContain('React');
});

test('side panel: score, breakdown and the resume line behind a skill; popup ranks two profiles and switches', async ({ context, ext, serve }) => {
  const options = await importResume(ext, 'resume.pdf', 'Backend (resume)');
  // A second, weaker profile made by hand, then made active.
  await options.getByRole('button', { name: 'New profile', exact: true }).click();
  await options.getByLabel('Profile name').fill('Frontend me');
  await options.getByLabel('Add skills').fill('React, CSS, HTML');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved “Frontend me”' })).toBeVisible();
  await options.getByRole('button', { name: 'Make active' }).click();
  await expect(options.locator('[data-testid=jdl-profile-item][data-active=true]')).toContainText('Frontend me');

  await serve(LINKEDIN, fixture('linkedin-view.html'));
  const job = await context.newPage();
  await job.goto(LINKEDIN);
  await expect(job.locator('jdl-badge')).toHaveAttribute('data-skill-count', /^[1-9]\d*$/);
  const tabId = await ext.tabIdOf(job);

  const popup = await ext.open(`popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('jdl-score')).toHaveText(/^\d+$/);
  const ranking = popup.getByTestId('jdl-ranking');
  await expect(ranking.getByTestId('jdl-ranking-row')).toHaveCount(2);
  await expect(ranking.getByTestId('jdl-ranking-row').first()).toContainText('Backend (resume)');
  const best = Number(await ranking.getByTestId('jdl-ranking-row').first().getAttribute('data-score'));
  const other = Number(await ranking.getByTestId('jdl-ranking-row').nth(1).getAttribute('data-score'));
  expect(best).toBeGreaterThan(other);
  await expect(popup.getByTestId('jdl-score')).toHaveText(String(other));
  await popup.getByTestId('jdl-switch-best').click();
  await expect(popup.getByTestId('jdl-score')).toHaveText(String(best));
  await expect(ranking.getByTestId('jdl-ranking-row').first()).toHaveAttribute('aria-current', 'true');
  await expect(popup.getByTestId('jdl-switch-best')).toHaveCount(0);
  await expect(popup.locator('[data-testid=jdl-skill][data-skill=Python]')).toHaveAttribute('data-have', 'true');

  const panel = await ext.open(`sidepanel.html?tabId=${tabId}`);
  await expect(panel.getByTestId('jdl-score')).toHaveText(String(best));
  await expect(panel.getByRole('meter', { name: 'Fit score' })).toHaveAttribute('aria-valuenow', String(best));
  await expect(panel.getByTestId('jdl-breakdown')).toContainText('Required: Python');
  await expect(panel.locator('[data-testid=jdl-skill][data-skill=Django]')).toHaveAttribute('data-have', 'true');
  await panel.locator('[data-testid=jdl-skill][data-skill=Django] button').click();
  const evidence = panel.getByTestId('jdl-evidence');
  await expect(evidence.getByTestId('jdl-posting-evidence').first()).toContainText('Strong experience with Python and Django');
  await expect(evidence.getByTestId('jdl-resume-evidence')).toHaveText('Built Django REST services handling 12k requests per second on PostgreSQL');
  await expect(evidence).toBeFocused();
  await panel.keyboard.press('Escape');
  await expect(evidence).toHaveCount(0);
  // A missing skill says so instead of showing a resume line.
  await panel.locator('[data-testid=jdl-skill][data-skill=Kafka], [data-testid=jdl-skill][data-skill="Apache Kafka"]').first().locator('button').click();
  await expect(panel.getByTestId('jdl-evidence')).toBeVisible();
});

test('no profile invites an import; an empty profile scores near zero and says why', async ({ context, ext, serve }) => {
  await serve(LINKEDIN, fixture('linkedin-view.html'));
  const job = await context.newPage();
  await job.goto(LINKEDIN);
  await expect(job.locator('jdl-badge')).toHaveAttribute('data-skill-count', /^[1-9]\d*$/);
  const tabId = await ext.tabIdOf(job);

  const popup = await ext.open(`popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('jdl-no-profile')).toContainText('No fit score yet');
  await expect(popup.getByRole('link', { name: 'Import your resume' })).toHaveAttribute('href', /options\.html\?import=1/);
  await expect(popup.getByTestId('jdl-score')).toHaveCount(0);
  await popup.close();

  const options = await ext.open('options.html');
  await options.getByLabel('Profile name').fill('Nothing yet');
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const again = await ext.open(`popup.html?tabId=${tabId}`);
  await expect(again.getByTestId('jdl-score')).toHaveText(/^\d$|^1\d$/);
  await expect(again.getByTestId('jdl-score-reason')).toContainText('Your profile has no skills yet');
  const panel = await ext.open(`sidepanel.html?tabId=${tabId}`);
  await expect(panel.getByTestId('jdl-score-reason')).toContainText('no skills yet');
  await expect(panel.getByTestId('jdl-tips')).toContainText('Your profile is empty');
});
