/**
 * Durability of the store (fake-indexeddb): a full disk (QuotaExceededError, thrown by put at
 * once or failing the request later) gives a plain StoreFullError and keeps everything saved
 * before, both stores or neither; a blocked upgrade (another page holds the old version open and
 * does not let go) gives a plain StoreBlockedError at once instead of hanging, and the upgrade
 * completes with the data intact once that page closes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import * as store from '@/lib/store';
import { analysis, meta } from './helpers';

type Put = (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest;
const originalPut = FakeObjectStore.prototype.put as unknown as Put;
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Make `put` on these stores throw a QuotaExceededError right away, as the brief's browsers may. */
function failPutAtOnce(stores: string[]) {
  FakeObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (stores.includes(this.name)) throw quota();
    return originalPut.call(this, value, key);
  } as Put;
}

/** Make `put` on these stores fail later, as a request error that aborts the transaction (the usual browser path). */
function failPutLater(stores: string[]) {
  FakeObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (!stores.includes(this.name)) return originalPut.call(this, value, key);
    const tx = this.transaction as unknown as { _execRequestAsync(r: { operation(): never; source: unknown }): IDBRequest };
    return tx._execRequestAsync({
      operation: () => {
        throw quota();
      },
      source: this,
    });
  } as Put;
}

beforeEach(async () => {
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  FakeObjectStore.prototype.put = originalPut as unknown as typeof FakeObjectStore.prototype.put;
});

async function snapshot() {
  const db = await store.getDb();
  return { postings: await db.getAll('postings'), bodies: await db.getAll('bodies'), profiles: await db.getAll('profiles') };
}

describe('a full disk (QuotaExceededError)', () => {
  const first = () => store.savePosting({ meta: meta(), analysis: analysis(70), profileId: null });
  const second = () =>
    store.savePosting({ meta: meta({ postingId: '4099999999', url: 'https://www.linkedin.com/jobs/view/4099999999/', canonicalUrl: null, title: 'Data Engineer', company: 'Globex' }), analysis: analysis(40), profileId: null });

  it.each([
    ['put throws at once', () => failPutAtOnce(['postings', 'bodies'])],
    ['the request fails later', () => failPutLater(['postings', 'bodies'])],
    ['only the body fails (the row was written first)', () => failPutLater(['bodies'])],
    ['only the body throws at once', () => failPutAtOnce(['bodies'])],
  ])('saving a posting: %s → StoreFullError, nothing half-written, earlier data intact', async (_, fail) => {
    await first();
    const before = await snapshot();
    fail();
    const error = await second().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(store.StoreFullError);
    expect((error as Error).message).toMatch(/storage for JD Lens is full.*not saved.*Everything saved before is intact/);
    FakeObjectStore.prototype.put = originalPut as unknown as typeof FakeObjectStore.prototype.put;
    const after = await snapshot();
    expect(after, 'the earlier posting, its body and nothing else').toEqual(before);
    expect(after.postings.map((p) => p.title)).toEqual(['Backend Engineer']);
    // And the store still works once there is room again.
    await second();
    expect((await store.listPostings()).map((p) => p.title).sort()).toEqual(['Backend Engineer', 'Data Engineer']);
  });

  it('updating a posting (notes) → StoreFullError, the posting unchanged', async () => {
    const { posting } = await first();
    await store.updatePosting(posting.id, { notes: 'first note' });
    failPutLater(['postings']);
    await expect(store.updatePosting(posting.id, { notes: 'x'.repeat(10_000), status: 'applied' })).rejects.toBeInstanceOf(store.StoreFullError);
    FakeObjectStore.prototype.put = originalPut as unknown as typeof FakeObjectStore.prototype.put;
    const kept = await store.getPosting(posting.id);
    expect([kept!.notes, kept!.status, kept!.text]).toEqual(['first note', 'saved', analysis().text]);
  });

  it('saving a profile → StoreFullError, the profiles already saved intact', async () => {
    await store.saveProfile({ name: 'Backend', skills: [{ name: 'Python' }] });
    failPutAtOnce(['profiles']);
    await expect(store.saveProfile({ name: 'Data', skills: [{ name: 'SQL' }] })).rejects.toBeInstanceOf(store.StoreFullError);
    FakeObjectStore.prototype.put = originalPut as unknown as typeof FakeObjectStore.prototype.put;
    expect((await store.listProfiles()).map((p) => p.name)).toEqual(['Backend']);
  });

  it('importing a backup → a plain ImportError, nothing imported, nothing lost', async () => {
    await first();
    const backup = JSON.stringify(await store.exportBackup());
    await store.deleteAllPostings();
    await second();
    const before = await snapshot();
    failPutLater(['bodies']);
    const error = await store.importBackup(backup).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(store.ImportError);
    expect((error as Error).message).toMatch(/nothing was changed: The browser's storage for JD Lens is full/);
    FakeObjectStore.prototype.put = originalPut as unknown as typeof FakeObjectStore.prototype.put;
    expect(await snapshot()).toEqual(before);
  });

  it('maps only quota errors; others pass through unchanged', () => {
    const other = new DOMException('x', 'ConstraintError');
    expect(store.storeError(other)).toBe(other);
    expect(store.storeError(quota())).toBeInstanceOf(store.StoreFullError);
    expect(store.storeError({ target: { error: quota() } })).toBeInstanceOf(store.StoreFullError); // an abort event
  });
});

describe('a blocked upgrade (a page with the old version open)', () => {
  it('fails fast with StoreBlockedError, loses nothing, and upgrades once the old page closes', async () => {
    // A page from before the update: version 1, one saved posting, and no versionchange handler.
    const old = await store.openJdlDb(store.DB_NAME, 1);
    await old.put('postings', { ...(splitV1Fixture()), id: 'p1' } as never);
    old.close();
    const stale = await openDB(store.DB_NAME, 1); // never closes when asked
    const blocked = await store.getDb().catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(store.StoreBlockedError);
    expect((blocked as Error).message).toMatch(/close or reload them\. Nothing is lost/);
    // Callers keep getting the plain error at once while the old page stays open.
    await expect(store.savePosting({ meta: meta(), analysis: analysis(), profileId: null })).rejects.toBeInstanceOf(store.StoreBlockedError);
    // The old page still reads its data: nothing was touched.
    expect((await stale.getAll('postings')).map((p) => (p as { id: string }).id)).toEqual(['p1']);

    stale.close(); // the old page goes away: the queued upgrade runs
    await expect.poll(async () => (await store.getDb().catch(() => null))?.version ?? null).toBe(store.DB_VERSION);
    const row = await store.getPosting('p1');
    expect(row?.title, 'the version-1 posting was migrated, not lost').toBe('Backend Engineer');
    expect(row?.text).toBe(analysis().text);
  });

  it('a newer version asking us to close is let through (blocking)', async () => {
    await store.savePosting({ meta: meta(), analysis: analysis(), profileId: null });
    const ours = await store.getDb();
    const newer = await openDB(store.DB_NAME, store.DB_VERSION + 1); // would hang if we held on
    expect(newer.version).toBe(store.DB_VERSION + 1);
    expect(newer.objectStoreNames.contains('postings')).toBe(true);
    newer.close();
    void ours;
  });
});

/** A posting in the version-1 shape: text, analysis and match inside the row. */
function splitV1Fixture() {
  const a = analysis(70);
  const { match, ...rest } = a;
  void rest;
  return {
    ...meta(),
    postingKey: 'linkedin:4012345678',
    titleCompany: 'backend engineer|acme',
    profileId: null,
    score: 70,
    status: 'saved',
    history: [{ status: 'saved', at: 1 }],
    notes: '',
    tags: [],
    nextAction: null,
    firstSeen: 1,
    lastSeen: 1,
    savedAt: 1,
    updatedAt: 1,
    text: a.text,
    analysis: (({ text: _t, match: _m, ...x }) => x)(a),
    match,
  };
}
