/**
 * Hostile pages (tests/e2e/pages/hostile-*.html) against the built extension in Chromium:
 * script and HTML payloads in the title, company, location, description, JSON-LD and URLs never
 * run and never become markup, in the page or in any extension page (popup, side panel, tracker
 * after saving); the host page keeps working and logs no error. Heavy pages: hardening-heavy.spec.ts.
 */
import { test, expect, page as fixture } from './fixtures';
import { CLEAN, collectErrors, createProfile, expectCleanExtensionPages, expectHostAlive, traces } from './hardening-kit';

const LINKEDIN = 'https://www.linkedin.com/jobs/view/4066666666/';
const JSONLD = 'https://wellfound.com/company/evil-corp/careers';

test('hostile LinkedIn view: payloads stay text in the page, popup, side panel and tracker', async ({ context, ext, serve }) => {
  test.setTimeout(90_000);
  await createProfile(ext);
  await serve(LINKEDIN, fixture('hostile-linkedin.html'));
  const job = await context.newPage();
  const errors = collectErrors(job);
  await job.goto(LINKEDIN);
  const badge = job.locator('jdl-badge');
  await expect(badge).toHaveAttribute('data-status', 'ready');
  await expect(badge).toHaveAttribute('data-highlight-count', /^[1-9]\d*$/);
  // Walk the highlights with the keyboard: each opens a hover card built from the analysis.
  await badge.getByRole('button', { name: 'Next highlight' }).click();
  await job.keyboard.press('ArrowRight');
  await expect(badge.locator('[role=tooltip]')).toBeVisible();
  expect(await traces(job), 'host page').toEqual({ ...CLEAN, injected: ['template'] }); // the page's own inert <template>
  await expectHostAlive(job);
  expect(await job.evaluate(() => (window as unknown as { __hostTicks: number }).__hostTicks)).toBeGreaterThan(0);

  await expectCleanExtensionPages(
    ext,
    job,
    `<img src=x onerror="window.__jdlPwned='title'">Senior </script><script>window.__jdlPwned='title-script'</script>Payload Engineer`,
    `<svg/onload=window.__jdlPwned='company'>Evil & Co {{constructor.constructor('window.__jdlPwned="company-tpl"')()}}`,
  );
  expect(await traces(job), 'host page at the end').toEqual({ ...CLEAN, injected: ['template'] });
  expect(errors, 'no console errors on the host page').toEqual([]);
});

test('hostile JSON-LD page: markup in structured data is read as text, runs nothing, loads nothing', async ({ context, ext, serve }) => {
  test.setTimeout(90_000);
  await createProfile(ext);
  await serve(JSONLD, fixture('hostile-jsonld.html'));
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const job = await context.newPage();
  const errors = collectErrors(job);
  await job.goto(JSONLD);
  await expect(job.locator('jdl-badge')).toHaveAttribute('data-status', 'ready');
  expect(await traces(job), 'host page').toEqual(CLEAN);
  await expectHostAlive(job);
  await expectCleanExtensionPages(
    ext,
    job,
    // JSON-LD fields are HTML: their markup is dropped and their text kept, literally.
    `Data Engineer {{constructor.constructor('window.__jdlPwned=1')()}}`,
    'Evil Corp',
  );
  expect(requests.filter((u) => /tracker\.example/.test(u)), 'the description HTML is parsed without loading its images').toEqual([]);
  expect(await traces(job)).toEqual(CLEAN);
  expect(errors).toEqual([]);
});


test('a full disk: Save says why in the popup and the badge, and nothing saved before is lost', async ({ context, ext, serve }) => {
  test.setTimeout(90_000);
  await createProfile(ext);
  const first = 'https://www.linkedin.com/jobs/view/4012345678/';
  const second = 'https://jobs.smartrecruiters.com/NorthwindHealth/744000012345-frontend-developer';
  await serve(first, fixture('linkedin-view.html'));
  await serve(second, fixture('smartrecruiters-jsonld.html'));
  const saveIn = async (url: string) => {
    const job = await context.newPage();
    await job.goto(url);
    await expect(job.locator('jdl-badge')).toHaveAttribute('data-status', 'ready');
    const popup = await ext.open(`popup.html?tabId=${await ext.tabIdOf(job)}`);
    await popup.getByTestId('jdl-save').click();
    return { job, popup };
  };
  const one = await saveIn(first);
  await expect(one.popup.getByTestId('jdl-save')).toBeDisabled();

  // The disk fills up: every IndexedDB put in the background now fails as Chrome's quota does.
  await ext.worker.evaluate(() => {
    const g = globalThis as unknown as { __put?: unknown };
    g.__put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('Quota exceeded.', 'QuotaExceededError');
    };
  });
  const two = await saveIn(second);
  await expect(two.popup.getByRole('alert')).toContainText("The browser's storage for JD Lens is full, so this was not saved. Everything saved before is intact.");
  await expect(two.popup.getByTestId('jdl-save'), 'not saved: Save stays available').toBeEnabled();
  // The badge's own Save says the same, in the page.
  await two.job.locator('jdl-badge').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(two.job.locator('jdl-badge .jdl-warn')).toContainText('storage for JD Lens is full');
  await expect(two.job.locator('jdl-badge [data-testid=jdl-announce]')).toContainText('storage for JD Lens is full');

  const tracker = await ext.open('tracker.html');
  await expect(tracker.getByTestId('jdl-tracker-row'), 'the posting saved before the disk filled is intact').toHaveCount(1);
  await expect(tracker.getByTestId('jdl-tracker-row')).toContainText('Senior Backend Engineer');

  // Room again: the same Save now works.
  await ext.worker.evaluate(() => {
    IDBObjectStore.prototype.put = (globalThis as unknown as { __put: typeof IDBObjectStore.prototype.put }).__put;
  });
  await two.popup.getByTestId('jdl-save').click();
  await expect(two.popup.getByTestId('jdl-save')).toBeDisabled();
  await expect(two.popup.getByRole('alert')).toHaveCount(0);
  await expect(tracker.getByTestId('jdl-tracker-row')).toHaveCount(2);
});
