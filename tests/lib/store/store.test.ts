import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import * as store from '@/lib/store';
import type { Analysis, PostingMeta } from '@/lib/types';

beforeEach(async () => {
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
});

const meta = (over: Partial<PostingMeta> = {}): PostingMeta => ({
  site: 'linkedin',
  url: 'https://www.linkedin.com/jobs/view/123/?trk=abc',
  canonicalUrl: 'https://www.linkedin.com/jobs/view/123/',
  postingId: '123',
  title: 'Backend Engineer',
  company: 'Acme',
  location: 'Berlin',
  ...over,
});

const analysis = (score?: number): Analysis => ({
  text: 'We need Python.',
  title: 'Backend Engineer',
  company: 'Acme',
  location: 'Berlin',
  url: null,
  skills: [],
  softSkills: [],
  experience: null,
  salary: null,
  seniority: null,
  workMode: null,
  redFlags: [],
  match:
    score == null
      ? undefined
      : { score, version: 't', required: { have: [], missing: [] }, preferred: { have: [], missing: [] }, experience: { required: null, have: null, ok: null }, caps: [], tips: [] },
});

describe('normalizeUrl', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/123/?trk=abc&refId=x#top', 'https://www.linkedin.com/jobs/view/123'],
    ['https://boards.greenhouse.io/acme/jobs/42?gh_src=xyz&utm_source=li', 'https://job-boards.greenhouse.io/acme/jobs/42'],
    ['https://acme.com/careers?gh_jid=42&utm_medium=x', 'https://acme.com/careers?gh_jid=42'],
    ['https://EXAMPLE.com/a?b=2&a=1', 'https://example.com/a?a=1&b=2'],
    ['not a url', ''],
  ])('%s -> %s', (raw, expected) => {
    expect(store.normalizeUrl(raw)).toBe(expected);
  });
});

describe('titleCompanyKey', () => {
  it('folds case, punctuation, legal suffixes and (Remote) tails', () => {
    expect(store.titleCompanyKey('Senior Engineer (Remote)', 'Acme, Inc.')).toBe(store.titleCompanyKey('senior engineer', 'ACME'));
  });
  it('is empty without both parts', () => {
    expect(store.titleCompanyKey('Engineer', null)).toBe('');
  });
});

describe('postings', () => {
  it('saves once and recognises the same posting under another URL', async () => {
    const first = await store.savePosting({ meta: meta(), analysis: analysis(70), profileId: null });
    expect(first.created).toBe(true);
    // The same job through a search page: same site posting id.
    const second = await store.savePosting({
      meta: meta({ url: 'https://www.linkedin.com/jobs/search/?currentJobId=123', canonicalUrl: 'https://www.linkedin.com/jobs/view/123/' }),
      analysis: analysis(72),
      profileId: null,
    });
    expect(second.created).toBe(false);
    expect(second.posting.id).toBe(first.posting.id);
    expect(second.posting.score).toBe(72);
    expect(await store.listPostings()).toHaveLength(1);
  });

  it('matches a repost at another URL by title and company', async () => {
    await store.savePosting({ meta: meta({ postingId: null, site: 'generic', canonicalUrl: null }), analysis: analysis(), profileId: null });
    const found = await store.findSaved(meta({ site: 'generic', postingId: null, url: 'https://acme.com/jobs/backend', canonicalUrl: null, title: 'Backend Engineer (Remote)', company: 'Acme Inc.' }));
    expect(found?.title).toBe('Backend Engineer');
  });

  it('keeps status, notes and history when the posting is saved again', async () => {
    const { posting } = await store.savePosting({ meta: meta(), analysis: analysis(), profileId: null });
    await store.updatePosting(posting.id, { status: 'applied', notes: 'Sent cover letter' });
    const again = await store.savePosting({ meta: meta(), analysis: analysis(), profileId: null });
    expect(again.posting.status).toBe('applied');
    expect(again.posting.notes).toBe('Sent cover letter');
    expect(again.posting.history.map((h) => h.status)).toEqual(['saved', 'applied']);
  });

  it('never makes two rows when two tabs save the same posting at once', async () => {
    await Promise.all([
      store.savePosting({ meta: meta(), analysis: analysis(1), profileId: null }),
      store.savePosting({ meta: meta({ url: 'https://www.linkedin.com/jobs/view/123/?trk=other' }), analysis: analysis(2), profileId: null }),
      store.savePosting({ meta: meta({ url: 'https://www.linkedin.com/jobs/search/?currentJobId=123' }), analysis: analysis(3), profileId: null }),
    ]);
    expect(await store.listPostings()).toHaveLength(1);
  });

  it('lists newest first without texts, and deletes', async () => {
    const a = await store.savePosting({ meta: meta({ postingId: '1', title: 'A' }), analysis: analysis(), profileId: null });
    await new Promise((r) => setTimeout(r, 2));
    await store.savePosting({ meta: meta({ postingId: '2', title: 'B', url: 'https://www.linkedin.com/jobs/view/2/', canonicalUrl: 'https://www.linkedin.com/jobs/view/2/' }), analysis: analysis(), profileId: null });
    const list = await store.listPostings();
    expect(list.map((p) => p.title)).toEqual(['B', 'A']);
    expect(list[0]).not.toHaveProperty('text');
    await store.deletePosting(a.posting.id);
    expect((await store.listPostings()).map((p) => p.title)).toEqual(['B']);
  });
});

describe('profiles and settings', () => {
  it('the first profile becomes active; deleting it activates the next', async () => {
    expect(await store.getActiveProfile()).toBeNull();
    const a = await store.saveProfile({ name: 'A', skills: [{ name: 'Python' }] });
    const b = await store.saveProfile({ name: 'B', skills: [] });
    expect((await store.getActiveProfile())?.id).toBe(a.id);
    await store.setActiveProfile(b.id);
    expect((await store.getActiveProfile())?.name).toBe('B');
    await store.deleteProfile(b.id);
    expect((await store.getActiveProfile())?.name).toBe('A');
  });

  it('settings start from the defaults', async () => {
    expect(await store.getSettings()).toEqual(store.DEFAULT_SETTINGS);
    expect((await store.updateSettings({ highlights: false })).highlights).toBe(false);
  });
});
