// The Firefox build (MV2 and MV3) in a real firefox-esr: the content script reads a LinkedIn job
// view served at its real URL, paints highlights and mounts the badge; the popup, the side bar
// page and the tracker show and save the same posting through the background and IndexedDB.
import { test, expect, fixture, poll } from './fixtures';

const LINKEDIN = 'https://www.linkedin.com/jobs/view/4012345678/';

test('content script: badge, score and CSS highlights on a LinkedIn job view', async ({ ext, ffPage: job }) => {
  await ext.createProfile('Python, Django, PostgreSQL, Docker, AWS', 6);
  await ext.serve(job, { [LINKEDIN]: fixture('linkedin-view.html') });
  await job.goto(LINKEDIN);
  expect(job.url()).toBe(LINKEDIN);
  await job.waitForSelector('jdl-badge[data-status=ready]', { timeout: 20_000 });
  const seen = await job.evaluate(() => {
    const host = document.querySelector('jdl-badge')!;
    const highlights = [...CSS.highlights.entries()].filter(([k]) => k.startsWith('jdl-'));
    return {
      skills: Number(host.getAttribute('data-skill-count')),
      highlights: Number(host.getAttribute('data-highlight-count')),
      score: host.shadowRoot?.querySelector('[data-testid=jdl-score]')?.textContent ?? null,
      inLightDom: !!document.querySelector('[data-testid=jdl-score]'),
      painted: highlights.reduce((n, [, h]) => n + h.size, 0),
      names: highlights.map(([k]) => k),
      marks: document.querySelectorAll('mark').length,
    };
  });
  expect(seen.skills, 'skills found in the posting').toBeGreaterThan(5);
  expect(seen.highlights, 'highlights reported by the badge').toBeGreaterThan(5);
  expect(seen.score, 'the badge shows the fit score (profile created first)').toMatch(/^\d+$/);
  expect(seen.inLightDom, 'the badge renders in its shadow root only').toBe(false);
  expect(seen.painted, `CSS Custom Highlight ranges (${seen.names.join(', ')})`).toBe(seen.highlights);
  expect(seen.names).toEqual(expect.arrayContaining(['jdl-required-have', 'jdl-required-missing']));
  expect(seen.marks, 'Firefox has the Highlight API: no <mark> fallback').toBe(0);
});

test('popup, side bar page and tracker: score, skills, save', async ({ ext, ffPage: job }) => {
  await ext.createProfile('Python, Django, PostgreSQL, Docker, AWS', 6);
  await ext.serve(job, { [LINKEDIN]: fixture('linkedin-view.html') });
  await job.goto(LINKEDIN);
  await job.waitForSelector('jdl-badge[data-status=ready]', { timeout: 20_000 });
  const tabId = await ext.tabIdOf(LINKEDIN);

  const popup = await ext.open(`popup.html?tabId=${tabId}`, '[data-testid=jdl-save]');
  const shown = await popup.evaluate(() => ({
    title: document.querySelector('h1')?.textContent,
    score: document.querySelector('[data-testid=jdl-score]')?.textContent,
    python: document.querySelector('[data-testid=jdl-skill][data-skill=Python]')?.getAttribute('data-have'),
    kubernetes: document.querySelector('[data-testid=jdl-skill][data-skill=Kubernetes]')?.getAttribute('data-have'),
  }));
  expect(shown).toEqual({ title: 'Senior Backend Engineer', score: expect.stringMatching(/^\d+$/), python: 'true', kubernetes: 'false' });
  await popup.click('[data-testid=jdl-save]');
  await poll(popup, () => (document.querySelector('[data-testid=jdl-save]') as HTMLButtonElement | null)?.disabled === true);
  // The badge on the page hears about the save from the background.
  await poll(job, () => /saved/.test(document.querySelector('jdl-badge')?.shadowRoot?.textContent ?? ''));

  const panel = await ext.open(`sidepanel.html?tabId=${tabId}`, '[data-testid=jdl-score]');
  const side = await panel.evaluate(() => ({
    score: document.querySelector('[data-testid=jdl-score]')?.textContent,
    required: document.querySelector('[data-testid=jdl-skill][data-skill=Python]')?.getAttribute('data-level'),
    saved: (document.querySelector('[data-testid=jdl-save]') as HTMLButtonElement | null)?.disabled,
  }));
  expect(side).toEqual({ score: shown.score, required: 'required', saved: true });

  const tracker = await ext.open('tracker.html', '[data-testid=jdl-tracker-row]');
  const rows = await tracker.evaluate(() => [...document.querySelectorAll('[data-testid=jdl-tracker-row]')].map((r) => r.textContent));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain('Senior Backend Engineer');
  expect(rows[0]).toContain('Acme Robotics');
});
