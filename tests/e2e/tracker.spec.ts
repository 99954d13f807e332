import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, page as fixture, type Ext } from './fixtures';

const VIEW = 'https://www.linkedin.com/jobs/view/4012345678/';
const SEARCH = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=backend&trk=public_jobs';
const DAY = 86_400_000;

/** A posting as a JD Lens backup holds it; override any field. */
function posting(over: Record<string, unknown> & { id: string; title: string; company: string }) {
  const now = Date.now();
  return {
    site: 'generic',
    url: `https://careers.example/${over.id}`,
    canonicalUrl: null,
    postingId: null,
    location: 'Berlin',
    status: 'saved',
    history: [{ status: 'saved', at: now - DAY }],
    notes: '',
    tags: [],
    nextAction: null,
    savedAt: now - DAY,
    firstSeen: now - DAY,
    lastSeen: now - DAY,
    updatedAt: now - DAY,
    score: null,
    profileId: null,
    text: `We are hiring. ${over.title} at ${over.company}. Python and Kubernetes required.`,
    analysis: { title: over.title, company: over.company, location: 'Berlin', url: null, skills: [], softSkills: [], experience: null, salary: null, seniority: null, workMode: null, redFlags: [] },
    match: null,
    ...over,
  };
}
const backup = (postings: unknown[]) =>
  JSON.stringify({ format: 'jd-lens-backup', version: 1, schemaVersion: 2, exportedAt: new Date().toISOString(), postings, profiles: [], settings: {} });

/** Import a backup through the tracker's file input; returns the report's text. */
async function importJson(tracker: Page, json: string, name = 'backup.json') {
  await tracker.getByTestId('jdl-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
}

async function openTracker(ext: Ext, hash = '') {
  const tracker = await ext.open(`tracker.html${hash}`);
  await expect(tracker.getByTestId('jdl-loading')).toHaveCount(0);
  return tracker;
}

test('save one posting from two URLs: one row; status and note; export JSON and CSV; wipe; import back; a corrupt import changes nothing', async ({ context, ext, serve }) => {
  await serve(VIEW, fixture('linkedin-view.html'));
  await context.route(/^https:\/\/www\.linkedin\.com\/jobs\/search\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture('tracker-linkedin-search.html') }),
  );
  // Both pages are read before anything is saved, so both offer Save.
  const view = await context.newPage();
  await view.goto(VIEW);
  await expect(view.locator('jdl-badge')).toHaveAttribute('data-status', 'ready');
  const search = await context.newPage();
  await search.goto(SEARCH);
  await expect(search.locator('jdl-badge')).toHaveAttribute('data-status', 'ready');

  // Save 1: the in-page badge on /jobs/view/.
  await view.locator('jdl-badge').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(view.locator('jdl-badge')).toContainText('saved');
  // Save 2: the popup of the /jobs/search/?currentJobId= tab: the same job, recognised.
  const popup = await ext.open(`popup.html?tabId=${await ext.tabIdOf(search)}`);
  await popup.getByTestId('jdl-save').click();
  await expect(popup.getByTestId('jdl-save')).toBeDisabled();
  await popup.close();

  const tracker = await openTracker(ext);
  const rows = tracker.getByTestId('jdl-tracker-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Senior Backend Engineer');
  await expect(rows).toContainText('Acme Robotics');

  // Status from the table; a note and a tag in the detail view.
  await rows.getByTestId('jdl-row-status').selectOption('applied');
  await expect(rows).toHaveAttribute('data-status', 'applied');
  await expect(tracker.getByTestId('jdl-live')).toContainText('Moved “Senior Backend Engineer” to Applied');
  // The page's badge follows: "did I already apply?"
  await expect(view.locator('jdl-badge')).toContainText('applied today');
  await rows.getByTestId('jdl-open-detail').click();
  await expect(tracker.getByTestId('jdl-detail')).toBeVisible();
  await tracker.getByRole('textbox', { name: 'Notes' }).fill('Referred by Sam; call back Friday, "urgent", =1+1');
  await tracker.getByTestId('jdl-notes-save').click();
  await expect(tracker.getByText('Notes saved.')).toBeVisible();
  await tracker.getByTestId('jdl-tag-input').fill('referral');
  await tracker.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(tracker.getByTestId('jdl-tags')).toContainText('referral');
  await expect(tracker.getByTestId('jdl-history')).toContainText('Applied');
  // The analysis is kept with the posting.
  await expect(tracker.locator('[data-testid=jdl-skill][data-skill=Python]')).toHaveAttribute('data-level', 'required');

  // Everything survives a reload.
  await tracker.reload();
  await expect(tracker.getByTestId('jdl-detail-status')).toHaveText('Applied');
  await expect(tracker.getByRole('textbox', { name: 'Notes' })).toHaveValue('Referred by Sam; call back Friday, "urgent", =1+1');
  await tracker.getByRole('link', { name: '← All postings' }).click();

  // Export JSON: everything, with a format version.
  const [jsonDownload] = await Promise.all([tracker.waitForEvent('download'), tracker.getByTestId('jdl-export-json').click()]);
  expect(jsonDownload.suggestedFilename()).toMatch(/^jd-lens-backup-\d{4}-\d\d-\d\d\.json$/);
  const jsonPath = await jsonDownload.path();
  const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(exported).toMatchObject({ format: 'jd-lens-backup', version: 1, schemaVersion: 2 });
  expect(exported.postings).toHaveLength(1);
  const saved = exported.postings[0];
  expect(saved).toMatchObject({ title: 'Senior Backend Engineer', company: 'Acme Robotics', status: 'applied', notes: 'Referred by Sam; call back Friday, "urgent", =1+1', tags: ['referral'] });
  expect(saved.history.map((h: { status: string }) => h.status)).toEqual(['saved', 'applied']);
  expect(saved.text).toContain('warehouse robots');
  expect(saved.analysis.skills.length).toBeGreaterThan(3);
  // Both addresses fold to the one job URL (the currentJobId form is the same posting).
  expect(saved.urls).toEqual(['https://www.linkedin.com/jobs/view/4012345678']);
  expect(saved.salary).toMatchObject({ min: 75000, max: 90000 });

  // Export CSV: one row, the history and the posting text as columns, formulas neutralised.
  const [csvDownload] = await Promise.all([tracker.waitForEvent('download'), tracker.getByTestId('jdl-export-csv').click()]);
  const csv = readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '');
  const [header] = csv.split('\r\n');
  expect(header).toContain('status_history');
  expect(header!.split(',').at(-1)).toBe('text');
  expect(csv).toMatch(/,applied,/);
  expect(csv).toMatch(/saved \d{4}-\d\d-\d\dT[\d:]+Z; applied \d{4}-/);
  expect(csv).toContain('"Referred by Sam; call back Friday, ""urgent"", =1+1"');
  expect(csv).toContain('warehouse robots');

  // Wipe everything (after the confirmation).
  await tracker.getByTestId('jdl-delete-all').click();
  await tracker.getByTestId('jdl-delete-all-confirm').click();
  await expect(tracker.getByTestId('jdl-empty')).toBeVisible();
  await expect(rows).toHaveCount(0);

  // Import the JSON back: the same row, status, note and tag.
  await tracker.getByTestId('jdl-import').setInputFiles(jsonPath);
  await expect(tracker.getByTestId('jdl-import-report')).toContainText('Imported 1 posting: 1 added');
  await expect(rows).toHaveCount(1);
  await expect(rows).toHaveAttribute('data-status', 'applied');
  await expect(rows).toContainText('referral');

  // A corrupt file (cut short) and a JSON file of the wrong shape: a clear error, nothing changed.
  const text = readFileSync(jsonPath, 'utf8');
  await importJson(tracker, text.slice(0, Math.floor(text.length / 2)), 'cut.json');
  await expect(tracker.getByTestId('jdl-import-error')).toContainText('not valid JSON');
  await expect(tracker.getByTestId('jdl-import-report')).toHaveCount(0);
  const wrong = JSON.parse(text);
  wrong.postings[0].status = 'hired';
  await importJson(tracker, JSON.stringify(wrong), 'wrong.json');
  await expect(tracker.getByTestId('jdl-import-error')).toContainText('status must be one of');
  await importJson(tracker, '{"hello": "world"}', 'other.json');
  await expect(tracker.getByTestId('jdl-import-error')).toContainText('not a JD Lens backup');
  await tracker.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows).toHaveAttribute('data-status', 'applied');

  // Importing the same backup again adds nothing.
  await tracker.getByTestId('jdl-import').setInputFiles(jsonPath);
  await expect(tracker.getByTestId('jdl-import-report')).toContainText('1 already up to date');
  await expect(rows).toHaveCount(1);
});

test('on the posting page the badge says "applied 3 weeks ago", and lastSeen moves', async ({ context, ext, serve }) => {
  const tracker = await openTracker(ext);
  await expect(tracker.getByTestId('jdl-empty')).toBeVisible();
  const now = Date.now();
  const applied = posting({
    id: 'applied-1',
    site: 'linkedin',
    postingId: '4012345678',
    url: VIEW,
    canonicalUrl: VIEW,
    title: 'Senior Backend Engineer',
    company: 'Acme Robotics',
    status: 'applied',
    history: [
      { status: 'saved', at: now - 30 * DAY },
      { status: 'applied', at: now - 21 * DAY },
    ],
    savedAt: now - 30 * DAY,
    firstSeen: now - 30 * DAY,
    lastSeen: now - 30 * DAY,
    updatedAt: now - 21 * DAY,
  });
  await importJson(tracker, backup([applied]));
  await expect(tracker.getByTestId('jdl-import-report')).toContainText('1 added');

  await serve(VIEW, fixture('linkedin-view.html'));
  const job = await context.newPage();
  await job.goto(VIEW);
  await expect(job.locator('jdl-badge')).toContainText('applied 3 weeks ago');
  await expect(job.locator('jdl-badge').getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);

  await tracker.goto(`chrome-extension://${ext.id}/tracker.html#/p/applied-1`);
  await expect(tracker.getByTestId('jdl-detail')).toBeVisible();
  await expect(tracker.locator('.jdl-facts')).toContainText(/Last seen.*today/);
});

test('board: move cards by keyboard and by drag and drop, announced; delete with undo; search and filters', async ({ ext }) => {
  const tracker = await openTracker(ext);
  await importJson(
    tracker,
    backup([
      posting({ id: 'a', title: 'Data Engineer', company: 'Initech', tags: ['remote'], text: 'Spark, Airflow and machine learning pipelines.' }),
      posting({ id: 'b', title: 'Frontend Developer', company: 'Globex', status: 'applied', history: [{ status: 'saved', at: Date.now() - 3 * DAY }, { status: 'applied', at: Date.now() - 2 * DAY }], score: 81 }),
      posting({ id: 'c', title: 'Platform Engineer', company: 'Umbrella', notes: 'Recruiter is Ana', score: 40 }),
    ]),
  );
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(3);

  // Search as you type: title, posting text, notes; words match from their start.
  const searchBox = tracker.getByTestId('jdl-search');
  await searchBox.fill('engineer');
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(2);
  await searchBox.fill('airfl');
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(1);
  await expect(tracker.getByTestId('jdl-tracker-row')).toContainText('Data Engineer');
  await searchBox.fill('ana');
  await expect(tracker.getByTestId('jdl-tracker-row')).toContainText('Platform Engineer');
  await searchBox.fill('nothing-like-this');
  await expect(tracker.getByTestId('jdl-no-match')).toBeVisible();
  await searchBox.fill('');
  await tracker.getByTestId('jdl-filter-status').selectOption('applied');
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(1);
  await tracker.getByRole('button', { name: 'Clear filters' }).first().click();
  await tracker.getByTestId('jdl-filter-tag').selectOption('remote');
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(1);
  await tracker.getByRole('button', { name: 'Clear filters' }).first().click();
  // Sort by fit, best first.
  await tracker.getByRole('button', { name: 'Fit' }).click();
  await expect(tracker.getByTestId('jdl-tracker-row').first()).toContainText('Frontend Developer');

  // Board: keyboard move (→ = next status), announced, focus stays on the card.
  await tracker.getByTestId('jdl-view-board').click();
  const column = (status: string) => tracker.locator(`[data-testid=jdl-board-column][data-status=${status}]`);
  const card = (id: string) => tracker.locator(`[data-testid=jdl-board-card][data-posting-id=${id}]`);
  await expect(column('saved').getByTestId('jdl-board-card')).toHaveCount(2);
  await card('a').focus();
  await tracker.keyboard.press('ArrowRight');
  await expect(column('applied').locator('[data-posting-id=a]')).toBeVisible();
  await expect(tracker.getByTestId('jdl-live')).toContainText('Moved “Data Engineer” to Applied');
  await expect(card('a')).toBeFocused();
  await tracker.keyboard.press('ArrowRight');
  await expect(column('interviewing').locator('[data-posting-id=a]')).toBeVisible();
  // The "Move to" menu.
  await card('c').getByTestId('jdl-card-move').selectOption('offer');
  await expect(column('offer').locator('[data-posting-id=c]')).toBeVisible();
  // Drag and drop.
  await card('b').dragTo(column('rejected'));
  await expect(column('rejected').locator('[data-posting-id=b]')).toBeVisible();
  await expect(tracker.getByTestId('jdl-live')).toContainText('Moved “Frontend Developer” to Rejected');

  // Stats: the funnel counts stages reached (b was applied before it was rejected).
  await tracker.getByTestId('jdl-view-stats').click();
  await expect(tracker.getByTestId('jdl-funnel')).toHaveAttribute('role', 'img');
  await expect(tracker.locator('#jdl-funnel-desc')).toHaveText(/Saved 3, Applied 3, Interviewing 2, Offer 1/);

  // Delete with undo, then a delete that is kept.
  await tracker.getByTestId('jdl-view-table').click();
  const row = (id: string) => tracker.locator(`[data-testid=jdl-tracker-row][data-posting-id=${id}]`);
  await row('a').getByTestId('jdl-row-delete').click();
  await expect(row('a')).toHaveCount(0);
  await expect(tracker.getByTestId('jdl-undo'), 'the delete took the focus away: it lands on Undo').toBeFocused();
  await tracker.keyboard.press('Enter');
  await expect(row('a')).toHaveCount(1);
  await expect(row('a').getByTestId('jdl-open-detail')).toBeFocused();
  await row('c').getByTestId('jdl-row-delete').click();
  await tracker.getByRole('button', { name: 'Dismiss (delete now)' }).click();
  await expect(row('c')).toHaveCount(0);
  await tracker.reload();
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(2);
  await expect(row('a')).toHaveAttribute('data-status', 'interviewing');
});

test('10,000 saved postings: the tracker opens, filters and searches quickly (figures logged)', async ({ ext }) => {
  test.setTimeout(180_000);
  const now = Date.now();
  const words = 'python kubernetes terraform react team product data platform growth remote hybrid salary benefits engineer design'.split(' ');
  const many = Array.from({ length: 10_000 }, (_, i) =>
    posting({
      id: `p${i}`,
      title: `${['Backend', 'Frontend', 'Data', 'Platform'][i % 4]} Engineer ${i}`,
      company: `Company ${i % 997}`,
      status: ['saved', 'applied', 'interviewing', 'rejected'][i % 4],
      score: i % 101,
      tags: i % 7 === 0 ? ['remote'] : [],
      savedAt: now - (i % 300) * DAY,
      text: Array.from({ length: 120 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ') + (i === 4242 ? ' zanzibar' : ''),
    }),
  );
  const tracker = await openTracker(ext);
  tracker.on('console', (m) => m.text().startsWith('[lap]') && console.log(m.text()));
  let t = Date.now();
  await importJson(tracker, backup(many), 'many.json');
  await expect(tracker.getByTestId('jdl-import-report')).toContainText('10000 added', { timeout: 120_000 });
  const importMs = Date.now() - t;

  const importInPage = await tracker.evaluate(() => Math.round(performance.getEntriesByName('jdl:import').at(-1)?.duration ?? -1));
  t = Date.now();
  await tracker.reload();
  await expect(tracker.getByTestId('jdl-tracker-row').first()).toBeVisible();
  const firstRowsMs = Date.now() - t;
  await expect(tracker.getByTestId('jdl-result-count')).toContainText('10000 saved postings', { timeout: 30_000 });
  const allRowsMs = Date.now() - t;
  await expect(tracker.getByTestId('jdl-result-count')).not.toContainText('Reading posting texts', { timeout: 60_000 });
  const textsMs = Date.now() - t;

  // In-page timings of one filter and one full-text search (the page's own code path).
  const search = tracker.getByTestId('jdl-search');
  t = Date.now();
  await search.fill('zanzibar');
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(1);
  const searchMs = Date.now() - t;
  await search.fill('');
  t = Date.now();
  await tracker.getByTestId('jdl-filter-status').selectOption('interviewing');
  await expect(tracker.getByTestId('jdl-result-count')).toContainText('2500 of 10000');
  const filterMs = Date.now() - t;
  await search.fill('kubernetes python');
  await expect(tracker.getByTestId('jdl-result-count')).toContainText('of 10000 postings match');
  const inPage = await tracker.evaluate(() =>
    Object.fromEntries(['jdl:first-rows', 'jdl:all-rows', 'jdl:texts-indexed', 'jdl:filter'].map((n) => [n, Math.round(performance.getEntriesByName(n).at(-1)?.duration ?? -1)])),
  );
  console.log(
    `[tracker e2e, 10,000 postings] import ${importMs} ms (in the page ${importInPage} ms); page reload to first rows ${firstRowsMs} ms, to all rows ${allRowsMs} ms, to texts indexed ${textsMs} ms; ` +
      `search round trip ${searchMs} ms; filter round trip ${filterMs} ms; in the page: ${JSON.stringify(inPage)}`,
  );
  expect(inPage['jdl:filter'], 'a two-word full-text search over 10,000 postings, in the page').toBeLessThan(200);
  // Round trips include Playwright's own polling; the budgets are measured by npm run bench.
  expect(searchMs).toBeLessThan(2000);
  expect(filterMs).toBeLessThan(2000);
});
