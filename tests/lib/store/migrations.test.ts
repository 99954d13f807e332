import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import * as store from '@/lib/store';
import type { V1Posting } from '@/lib/store';
import { analysis } from './helpers';

beforeEach(async () => {
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => store.closeDb());

/** A posting exactly as version 1 stored it (one record, text and analysis inside). */
function v1Posting(over: Partial<V1Posting> = {}): V1Posting {
  const { text, match, ...rest } = analysis(61);
  return {
    id: 'p-1',
    site: 'linkedin',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678&trk=x',
    canonicalUrl: 'https://www.linkedin.com/jobs/view/4012345678',
    postingId: '4012345678',
    title: 'Backend Engineer',
    company: 'Acme GmbH',
    location: 'Berlin',
    postingKey: 'linkedin:4012345678',
    titleCompany: 'backend engineer|acme',
    text,
    analysis: rest,
    match: match ?? null,
    profileId: 'prof-1',
    score: 61,
    status: 'applied',
    history: [
      { status: 'saved', at: 1_700_000_000_000 },
      { status: 'applied', at: 1_700_100_000_000 },
    ],
    notes: 'Sent CV',
    tags: ['dream'],
    nextAction: { at: 1_800_000_000_000, note: 'Follow up' },
    firstSeen: 1_700_000_000_000,
    lastSeen: 1_700_000_000_000,
    savedAt: 1_700_000_000_000,
    updatedAt: 1_700_100_000_000,
    ...over,
  };
}

function bareAnalysis(): V1Posting['analysis'] {
  const { text: _t, match: _m, ...rest } = analysis();
  return rest;
}

/** A version-1 database (only the ladder's first step), filled with v1 records. */
async function seedV1(postings: V1Posting[]): Promise<void> {
  const db = await openDB(store.DB_NAME, 1, {
    upgrade(raw, _old, _new, tx) {
      void store.UPGRADES[0]!(raw as never, tx as never);
    },
  });
  const tx = db.transaction(['postings', 'profiles', 'settings'], 'readwrite');
  for (const p of postings) await tx.objectStore('postings').put(p);
  await tx.objectStore('profiles').put({ id: 'prof-1', name: 'Backend me', skills: [{ name: 'Python', years: 5 }] });
  await tx.objectStore('settings').put('prof-1', 'activeProfileId');
  await tx.done;
  db.close();
}

describe('v1 -> v2', () => {
  it('moves texts to bodies, fills the new row fields, keeps everything else', async () => {
    await seedV1([
      v1Posting(),
      // v1 rows in other shapes: no match, no canonical URL, no pay, a generic page.
      v1Posting({ id: 'p-2', site: 'generic', postingId: null, postingKey: null, canonicalUrl: null, url: 'https://acme.example/jobs/7', match: null, score: null, status: 'saved', history: [{ status: 'saved', at: 1 }], tags: [], notes: '', nextAction: null, analysis: { ...bareAnalysis(), salary: null, workMode: null }, text: 'Short text' }),
    ]);
    const db = await store.getDb();
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['bodies', 'postings', 'profiles', 'settings']);
    expect([...db.transaction('postings').store.indexNames].sort()).toEqual(
      ['by-canonical', 'by-company', 'by-posting-key', 'by-remind', 'by-saved', 'by-status', 'by-tag', 'by-title-company', 'by-updated', 'by-url'].sort(),
    );

    const rows = await store.listPostings();
    expect(rows).toHaveLength(2);
    const row = rows.find((r) => r.id === 'p-1')!;
    expect(row).not.toHaveProperty('text');
    expect(row).not.toHaveProperty('analysis');
    expect(row).toMatchObject({
      companyKey: 'acme',
      urls: ['https://www.linkedin.com/jobs/view/4012345678'],
      profileName: 'Me',
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
      workMode: 'hybrid',
      status: 'applied',
      notes: 'Sent CV',
      tags: ['dream'],
      nextAction: { at: 1_800_000_000_000, note: 'Follow up' },
    });
    expect(row.history.map((h) => h.status)).toEqual(['saved', 'applied']);

    const full = await store.getPosting('p-1');
    expect(full?.text).toContain('We need Python');
    expect(full?.analysis.skills[0]?.name).toBe('Python');
    expect(full?.match?.score).toBe(61);
    const bare = await store.getPosting('p-2');
    expect(bare).toMatchObject({ text: 'Short text', match: null, salary: null, urls: ['https://acme.example/jobs/7'] });

    // The migrated rows work with v2 code: dedupe by a URL only v2 folds, tag index, profiles kept.
    expect((await store.findSaved({ site: 'generic', url: 'https://www.linkedin.com/jobs/view/backend-at-acme-4012345678', canonicalUrl: null, postingId: null, title: null, company: null, location: null }))?.id).toBe('p-1');
    expect(await db.getAllKeysFromIndex('postings', 'by-tag', 'dream')).toEqual(['p-1']);
    expect((await store.getActiveProfile())?.name).toBe('Backend me');
  });

  it('an empty v1 database upgrades', async () => {
    await seedV1([]);
    expect((await store.getDb()).version).toBe(2);
    expect(await store.listPostings()).toEqual([]);
  });

  it('a failing step leaves the database at its old version with its data', async () => {
    await seedV1([v1Posting()]);
    store.UPGRADES.push(() => {
      throw new Error('broken step');
    });
    try {
      await expect(store.openJdlDb(store.DB_NAME, store.UPGRADES.length)).rejects.toThrow();
    } finally {
      store.UPGRADES.pop();
    }
    const raw = await openDB(store.DB_NAME);
    expect(raw.version).toBe(1);
    expect(((await raw.get('postings', 'p-1')) as V1Posting).text).toContain('We need Python');
    raw.close();
  });
});
