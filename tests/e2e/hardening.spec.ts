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
    context,
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
    context,
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

