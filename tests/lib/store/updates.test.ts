import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import * as store from '@/lib/store';
import { analysis, meta } from './helpers';

beforeEach(async () => {
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
});

const saved = async () => (await store.savePosting({ meta: meta(), analysis: analysis(50), profileId: null })).posting;

describe('updatePosting', () => {
  it('records each status change with its date (back-dated when asked)', async () => {
    const p = await saved();
    const monday = p.savedAt - 3 * 86_400_000;
    await store.updatePosting(p.id, { status: 'applied', statusAt: monday });
    await store.updatePosting(p.id, { status: 'applied' }); // no change: no new entry
    const after = await store.updatePosting(p.id, { status: 'interviewing' });
    expect(after?.history.map((h) => h.status)).toEqual(['saved', 'applied', 'interviewing']);
    expect(after?.history[1]?.at).toBe(monday);
    expect(after?.status).toBe('interviewing');
  });

  it('tags: cleaned, no duplicates by case, added and removed one by one', async () => {
    const p = await saved();
    await store.updatePosting(p.id, { tags: ['  dream   job ', 'Remote'] });
    await store.updatePosting(p.id, { addTags: ['remote', 'fintech'] });
    const after = await store.updatePosting(p.id, { removeTags: ['DREAM JOB'] });
    expect(after?.tags).toEqual(['Remote', 'fintech']);
  });

  it('a next action with a reminder is indexed until shown; without one it is not', async () => {
    const p = await saved();
    const at = Date.now() + 86_400_000;
    const withReminder = await store.updatePosting(p.id, { nextAction: { at, note: 'Call Ana', remind: true } });
    expect(withReminder?.remindAt).toBe(at);
    const without = await store.updatePosting(p.id, { nextAction: { at, note: 'Call Ana' } });
    expect(without?.remindAt).toBeUndefined();
    expect((await store.updatePosting(p.id, { nextAction: null }))?.nextAction).toBeNull();
  });

  it('two tabs changing one posting at once (status and note, two tags): both writes are kept', async () => {
    const p = await saved();
    await Promise.all([
      store.updatePosting(p.id, { status: 'applied' }),
      store.updatePosting(p.id, { notes: 'Referred by Sam' }),
      store.updatePosting(p.id, { addTags: ['referral'] }),
      store.updatePosting(p.id, { addTags: ['fintech'] }),
      // and the page is seen again meanwhile
      store.savePosting({ meta: meta({ url: 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678' }), analysis: analysis(55), profileId: null }),
    ]);
    const after = await store.getPosting(p.id);
    expect(after?.status).toBe('applied');
    expect(after?.notes).toBe('Referred by Sam');
    expect(after?.tags.sort()).toEqual(['fintech', 'referral']);
    expect(after?.score).toBe(55);
    expect(await store.listPostings()).toHaveLength(1);
  });

  it('two connections (two tabs) writing the same posting at once lose nothing', async () => {
    const p = await saved();
    const other = await store.openJdlDb(); // a second tab's own connection
    const tx = other.transaction('postings', 'readwrite');
    const viaOther = (async () => {
      const row = (await tx.store.get(p.id))!;
      await tx.store.put(store.applyPatch(row, { notes: 'from tab 2' }));
      await tx.done;
    })();
    await Promise.all([viaOther, store.updatePosting(p.id, { status: 'offer' })]);
    other.close();
    const after = await store.getPosting(p.id);
    expect(after).toMatchObject({ status: 'offer', notes: 'from tab 2' });
  });

  it('an unknown id changes nothing', async () => {
    expect(await store.updatePosting('nope', { status: 'applied' })).toBeUndefined();
  });
});

describe('listRecent', () => {
  it('is empty for an empty tracker', async () => {
    expect(await store.listRecent()).toEqual([]);
  });

  it('the newest rows first, at most the limit', async () => {
    for (let i = 0; i < 5; i++) {
      await store.savePosting({ meta: meta({ postingId: String(2000000 + i), url: `https://www.linkedin.com/jobs/view/${2000000 + i}/`, canonicalUrl: null, title: `T${i}` }), analysis: analysis(), profileId: null });
      await new Promise((r) => setTimeout(r, 2));
    }
    expect((await store.listRecent(3)).map((r) => r.title)).toEqual(['T4', 'T3', 'T2']);
    expect((await store.listRecent(100)).map((r) => r.title)).toEqual(['T4', 'T3', 'T2', 'T1', 'T0']);
    expect(await store.listRecent(1)).toHaveLength(1);
  });
});

describe('delete', () => {
  it('deletes rows and bodies; delete all keeps profiles and settings', async () => {
    const a = await saved();
    await store.savePosting({ meta: meta({ postingId: '2', url: 'https://www.linkedin.com/jobs/view/2000000/', canonicalUrl: null, title: 'Other' }), analysis: analysis(), profileId: null });
    await store.deletePosting(a.id);
    expect(await store.getPosting(a.id)).toBeUndefined();
    expect(await (await store.getDb()).count('bodies')).toBe(1);
    await store.saveProfile({ name: 'Me', skills: [] });
    await store.deleteAllPostings();
    expect(await store.listPostings()).toEqual([]);
    expect(await (await store.getDb()).count('bodies')).toBe(0);
    expect(await store.listProfiles()).toHaveLength(1);
  });
});
