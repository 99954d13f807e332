import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import * as store from '@/lib/store';
import { analysis, meta } from './helpers';

beforeEach(async () => {
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('URL rules', () => {
  for (const rule of store.URL_RULES) {
    it.each(rule.examples)(`${rule.id}: %s`, (raw, folded) => {
      expect(store.normalizeUrl(raw), `rule ${rule.id} (${rule.why}) should fold this URL`).toBe(folded);
    });
  }

  it.each([
    ['http://www.linkedin.com/jobs/view/4012345678', 'https://www.linkedin.com/jobs/view/4012345678'],
    ['https://www.linkedin.com/jobs/search/?keywords=rust', 'https://www.linkedin.com/jobs/search?keywords=rust'],
    ['javascript:alert(1)', ''],
    ['https://jobs.example.com/careers/42/?utm_campaign=x&team=eng', 'https://jobs.example.com/careers/42?team=eng'],
  ])('%s -> %s', (raw, folded) => {
    expect(store.normalizeUrl(raw)).toBe(folded);
  });
});

describe('sameTitle', () => {
  it.each([
    ['Backend Engineer', 'backend engineer (Remote)', true],
    ['Sr. Software Engineer', 'Senior Software Engineer', true],
    ['Software Engineer, Backend', 'Backend Software Engineer', true],
    ['Front End Developer', 'Frontend Developer (m/f/d)', true],
    ['Senior Data Engineer - Payments Platform Team', 'Senior Data Engineer Payments Platform', true],
    ['Senior Backend Engineer', 'Backend Engineer', false],
    ['Software Engineer II', 'Software Engineer III', false],
    ['Backend Engineer', 'Backend Engineer, Platform', false],
    ['Data Analyst', 'Data Scientist', false],
    ['', 'Engineer', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(store.sameTitle(a, b)).toBe(same);
  });
});

describe('sameLocation and sameJob', () => {
  it.each([
    ['Berlin', 'Berlin, Germany', true],
    ['Berlin, BE, DE', 'Berlin, Germany', true],
    [null, 'Munich', true],
    ['Berlin', 'Munich', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(store.sameLocation(a, b)).toBe(same);
  });

  it('needs the same company (legal suffixes aside)', () => {
    expect(store.sameJob({ title: 'Engineer', company: 'Acme GmbH', location: null }, { title: 'Engineer', company: 'ACME', location: 'Berlin' })).toBe(true);
    expect(store.sameJob({ title: 'Engineer', company: 'Acme', location: null }, { title: 'Engineer', company: 'Acme Robotics', location: null })).toBe(false);
  });
});

describe('findSaved: the same posting under another URL', () => {
  it('LinkedIn /jobs/search/?currentJobId= is the /jobs/view/ posting, even read by another adapter', async () => {
    await store.savePosting({ meta: meta(), analysis: analysis(70), profileId: null });
    // A generic reader on the split view: no posting id, but the URL folds to the same job.
    const found = await store.findSaved(meta({ site: 'generic', postingId: null, canonicalUrl: null, title: 'Other title', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=x' }));
    expect(found?.title).toBe('Backend Engineer');
  });

  it('a Greenhouse gh_jid embed on the company site is the board posting', async () => {
    const board = meta({ site: 'greenhouse', postingId: '4567893', url: 'https://job-boards.greenhouse.io/acme/jobs/4567893', canonicalUrl: 'https://job-boards.greenhouse.io/acme/jobs/4567893' });
    await store.savePosting({ meta: board, analysis: analysis(), profileId: null });
    const embed = meta({ site: 'json-ld', postingId: null, title: 'Backend Engineer – Platform', url: 'https://careers.acme.example/open-roles/?gh_jid=4567893', canonicalUrl: 'https://boards.greenhouse.io/acme/jobs/4567893?gh_src=careers' });
    expect((await store.findSaved(embed))?.postingId).toBe('4567893');
  });

  it('remembers every URL it was seen at', async () => {
    const first = await store.savePosting({ meta: meta({ site: 'generic', postingId: null, canonicalUrl: null, url: 'https://acme.example/jobs/1' }), analysis: analysis(), profileId: null });
    await store.savePosting({ meta: meta({ site: 'generic', postingId: null, canonicalUrl: null, url: 'https://acme.example/jobs/1?ref=mail', title: 'Backend Engineer (Remote)' }), analysis: analysis(), profileId: null });
    await store.markSeen(first.posting.id, { url: 'https://mirror.example/acme-backend', canonicalUrl: null });
    const found = await store.findSaved(meta({ site: 'generic', postingId: null, canonicalUrl: null, title: 'Unrelated', company: 'Nobody', url: 'https://mirror.example/acme-backend#apply' }));
    expect(found?.id).toBe(first.posting.id);
    expect(await store.listPostings()).toHaveLength(1);
  });

  it('fuzzy title + company: a repost with reordered title words, not a more senior role or another city', async () => {
    const generic = (title: string, location: string | null, url: string) => meta({ site: 'generic', postingId: null, canonicalUrl: null, title, location, url });
    await store.savePosting({ meta: generic('Software Engineer, Backend', 'Berlin, Germany', 'https://acme.example/a'), analysis: analysis(), profileId: null });
    expect(await store.findSaved(generic('Backend Software Engineer', 'Berlin', 'https://jobs.example/b'))).toBeDefined();
    expect(await store.findSaved(generic('Senior Backend Software Engineer', 'Berlin', 'https://jobs.example/c'))).toBeUndefined();
    expect(await store.findSaved(generic('Software Engineer, Backend', 'Lisbon', 'https://jobs.example/d'))).toBeUndefined();
  });
});

describe('saved record', () => {
  it('keeps text, analysis, match, profile, pay and the dates seen; lastSeen moves when seen again', async () => {
    const { posting } = await store.savePosting({ meta: meta(), analysis: analysis(66), profileId: 'p1' });
    expect(posting).toMatchObject({ score: 66, profileId: 'p1', profileName: 'Me', workMode: 'hybrid', salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' } });
    const full = await store.getPosting(posting.id);
    expect(full?.text).toContain('We need Python');
    expect(full?.analysis.skills[0]?.name).toBe('Python');
    expect(full?.match?.score).toBe(66);
    await new Promise((r) => setTimeout(r, 3));
    const seen = await store.markSeen(posting.id, meta({ url: 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678' }));
    expect(seen!.lastSeen).toBeGreaterThan(posting.lastSeen);
    expect(seen!.firstSeen).toBe(posting.firstSeen);
  });
});
