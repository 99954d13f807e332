import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import * as store from '@/lib/store';
import { createTrackerStore, UNDO_MS } from '@/components/tracker/state';
import { analysis, meta } from './helpers';

// The tracker page's store (components/tracker/state.ts) over a real (fake) IndexedDB.

beforeEach(async () => {
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.useRealTimers());

async function seeded() {
  const save = (id: string, title: string, text: string) =>
    store.savePosting({ meta: meta({ postingId: id, url: `https://www.linkedin.com/jobs/view/${id}/`, canonicalUrl: null, title }), analysis: analysis(50, text), profileId: null });
  await save('1000001', 'Backend Engineer', 'Kubernetes and Kafka in production.');
  await save('1000002', 'Data Engineer', 'Kubeflow pipelines, Spark.');
  await save('1000003', 'Designer', 'Figma. We kept it simple.');
  const t = createTrackerStore();
  await t.load();
  await vi.waitFor(() => expect(t.textsDone.value).toBe(true));
  return t;
}
const titles = (t: ReturnType<typeof createTrackerStore>) => t.visible.value.map((r) => r.title ?? '').sort();

describe('tracker store', () => {
  it('loads rows, then texts; typing narrows to the same hits as a fresh search', async () => {
    const t = await seeded();
    expect(t.phase.value).toBe('ready');
    expect(t.visible.value).toHaveLength(3);
    const typed: string[][] = [];
    for (const q of ['k', 'ku', 'kub', 'kube', 'kuber']) {
      t.setFilters({ query: q });
      typed.push(titles(t));
    }
    expect(typed).toEqual([
      ['Backend Engineer', 'Data Engineer', 'Designer'],
      ['Backend Engineer', 'Data Engineer'],
      ['Backend Engineer', 'Data Engineer'],
      ['Backend Engineer', 'Data Engineer'],
      ['Backend Engineer'],
    ]);
    // Deleting characters widens again.
    t.setFilters({ query: 'kub' });
    expect(titles(t)).toEqual(['Backend Engineer', 'Data Engineer']);
    t.clearFilters();
    expect(t.visible.value).toHaveLength(3);
  });

  it('a move is shown at once, written, and announced; the history grows', async () => {
    const t = await seeded();
    const id = t.rows.value.find((r) => r.title === 'Designer')!.id;
    const moving = t.move(id, 'applied');
    expect(t.rows.value.find((r) => r.id === id)?.status).toBe('applied');
    await moving;
    expect(t.announcement.value).toMatch(/Moved “Designer” to Applied/);
    expect((await store.getPosting(id))?.history.map((h) => h.status)).toEqual(['saved', 'applied']);
    t.setFilters({ statuses: ['applied'] });
    expect(titles(t)).toEqual(['Designer']);
  });

  it('delete waits for undo; undo brings the row back; otherwise it is written', async () => {
    const t = await seeded();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const [a, b] = t.rows.value;
    t.remove(a!.id);
    expect(t.visible.value.map((r) => r.id)).not.toContain(a!.id);
    t.toast.value!.undo!();
    expect(t.visible.value.map((r) => r.id)).toContain(a!.id);
    t.remove(b!.id);
    t.toast.value!.hold(true); // the user is on the toast: the clock stops
    vi.advanceTimersByTime(UNDO_MS * 2);
    expect(await store.getPosting(b!.id)).toBeDefined();
    t.toast.value!.hold(false);
    vi.advanceTimersByTime(UNDO_MS + 1);
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await store.getPosting(b!.id)).toBeUndefined());
    expect(await store.getPosting(a!.id)).toBeDefined();
  });

  it('import reports in words; a bad file says why', async () => {
    const t = await seeded();
    const json = JSON.stringify(await store.exportBackup());
    const file = (text: string) => ({ name: 'b.json', text: async () => text }) as unknown as File;
    expect(await t.importFile(file(json))).toEqual({ ok: true, message: 'Imported 3 postings: 0 added, 3 already up to date.' });
    const bad = await t.importFile(file(json.slice(0, 100)));
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/not valid JSON/);
  });
});
