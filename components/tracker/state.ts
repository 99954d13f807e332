import { batch, computed, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import * as db from '@/lib/store';
import type { PostingPatch, PostingStatus, PostingSummary, SavedPosting, SortOrder, TrackerFilters } from '@/lib/store';
import { STATUS_LABEL } from './format';

export interface Toast {
  id: number;
  message: string;
  /** Present while the action can be undone. */
  undo?: () => void;
  /** Commit now (the toast was dismissed). */
  dismiss: () => void;
  /** Stop the clock while the user is on the toast (focus or pointer); start it again after. */
  hold: (held: boolean) => void;
}

export interface ImportResult {
  ok: boolean;
  message: string;
}

/** How long a deleted posting can be brought back before the delete is written. */
export const UNDO_MS = 8000;

/** A timing the page leaves for tests and the curious (DevTools > Performance): the last one of each name. */
function measure(name: string, start: number): void {
  try {
    performance.clearMeasures(name);
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // No User Timing (tests in Node without it): nothing to record.
  }
}

const rowOf = ({ text: _t, analysis: _a, match: _m, ...row }: SavedPosting): PostingSummary => row;

/** Whether a query only narrows another (typing more of the same words): the old hits can be filtered again. */
function narrows(before: string, after: string): boolean {
  return !!before.trim() && after.startsWith(before) && !before.includes('"') && !after.includes('"');
}
const sameBut = (a: TrackerFilters, b: TrackerFilters) => JSON.stringify({ ...a, query: '' }) === JSON.stringify({ ...b, query: '' });

/**
 * The tracker page's state (signals) and actions. Rows come straight from IndexedDB (this is an
 * extension page): the newest 100 first, then all of them, then the posting texts in chunks for
 * the search index, so the page is usable at once. Writes go to IndexedDB too; other contexts'
 * writes arrive over the store's BroadcastChannel.
 */
export function createTrackerStore(opts: { syncReminders?: () => Promise<void> } = {}) {
  const rows = signal<PostingSummary[]>([]);
  const phase = signal<'loading' | 'partial' | 'ready' | 'error'>('loading');
  const error = signal<string | null>(null);
  const textsIndexed = signal(0);
  const textsDone = signal(false);
  const indexVersion = signal(0);
  const filters = signal<TrackerFilters>(db.NO_FILTERS);
  const sort = signal<SortOrder>({ key: 'savedAt', dir: 'desc' });
  const hidden = signal<ReadonlySet<string>>(new Set());
  const announcement = signal('');
  const toast = signal<Toast | null>(null);
  const page = signal(0);
  const pageSize = signal(100);
  /** A card or row to focus after it re-renders (keyboard moves on the board). */
  const focusId = signal<string | null>(null);
  let index = new db.SearchIndex();

  const present = computed(() => {
    const gone = hidden.value;
    return gone.size ? rows.value.filter((r) => !gone.has(r.id)) : rows.value;
  });
  const sorted = computed(() => db.sortRows(present.value, sort.value));
  let last: { base: PostingSummary[]; f: TrackerFilters; v: number; out: PostingSummary[] } | null = null;
  /** The rows that pass the filters, sorted. Typing more of a query filters the last hits only. */
  const visible = computed(() => {
    const base = sorted.value;
    const f = filters.value;
    const v = indexVersion.value;
    const pool = last && last.base === base && last.v === v && sameBut(last.f, f) && narrows(last.f.query, f.query) ? last.out : base;
    const start = performance.now();
    const out = db.filterRows(pool, f, index);
    measure('jdl:filter', start);
    last = { base, f, v, out };
    return out;
  });
  const tags = computed(() => db.tagCounts(present.value));
  const filtered = computed(() => JSON.stringify(filters.value) !== JSON.stringify(db.NO_FILTERS));

  let spoken = 0;
  /** Tell screen-reader users (an aria-live region shows `announcement`). */
  function say(text: string): void {
    // The same sentence twice must be read twice: vary it invisibly.
    announcement.value = spoken++ % 2 ? `${text}\u00a0` : text;
  }

  function replaceRow(row: PostingSummary): void {
    let found = false;
    const next = rows.value.map((r) => (r.id === row.id ? ((found = true), row) : r));
    rows.value = found ? next : [row, ...rows.value];
    index.setRow(row);
    indexVersion.value++;
  }

  let loadRun = 0;
  async function load(): Promise<void> {
    const run = ++loadRun;
    phase.value = 'loading';
    error.value = null;
    try {
      index = new db.SearchIndex();
      const start = performance.now();
      const recent = await db.listRecent(100);
      measure('jdl:first-rows', start);
      if (run !== loadRun) return;
      for (const r of recent) index.setRow(r);
      batch(() => {
        rows.value = recent;
        phase.value = 'partial';
      });
      const all = await db.listPostings();
      measure('jdl:all-rows', start);
      if (run !== loadRun) return;
      for (const r of all) index.setRow(r);
      batch(() => {
        rows.value = all;
        phase.value = 'ready';
        textsIndexed.value = 0;
        textsDone.value = false;
        indexVersion.value++;
      });
      void indexTexts(run, start);
    } catch (e) {
      if (run !== loadRun) return;
      error.value = `The tracker could not read its database: ${String(e)}`;
      phase.value = 'error';
    }
  }

  /** Read the posting texts into the search index, a chunk at a time, after the rows show. */
  async function indexTexts(run: number, start: number): Promise<void> {
    try {
      await db.eachText(async (pairs) => {
        if (run !== loadRun) return false;
        for (const [id, text] of pairs) index.setText(id, text);
        textsIndexed.value = index.textCount;
        if (filters.value.query) indexVersion.value++;
        await new Promise((r) => setTimeout(r, 0)); // keep typing responsive while texts load
      });
      if (run !== loadRun) return;
      batch(() => {
        indexVersion.value++;
        textsDone.value = true;
      });
      measure('jdl:texts-indexed', start);
    } catch (e) {
      if (run === loadRun) say(`Posting texts could not be read for search (titles, notes and tags still are): ${String(e)}`);
    }
  }

  /** Postings changed elsewhere (another tab, the background): read those rows again. */
  async function refresh(ids: string[] | null): Promise<void> {
    if (ids == null || ids.length > 200) return load();
    for (const id of ids) {
      const full = await db.getPosting(id);
      if (!full) {
        rows.value = rows.value.filter((r) => r.id !== id);
        index.remove(id);
      } else {
        replaceRow(rowOf(full));
        index.setText(id, full.text);
      }
    }
    indexVersion.value++;
  }

  async function syncReminders(): Promise<void> {
    await opts.syncReminders?.().catch((e: unknown) => console.warn('[JD Lens] reminders not scheduled', e));
  }

  /** Change a posting (shown at once, then written); says `announce` when done. */
  async function update(id: string, patch: PostingPatch, announce?: string): Promise<PostingSummary | null> {
    const current = rows.value.find((r) => r.id === id);
    if (!current) return null;
    replaceRow(db.applyPatch(current, patch));
    try {
      const saved = await db.updatePosting(id, patch);
      if (!saved) throw new Error('it was deleted meanwhile');
      const row = rowOf(saved);
      replaceRow(row);
      if ('nextAction' in patch) await syncReminders();
      if (announce) say(announce);
      return row;
    } catch (e) {
      replaceRow(current);
      say(`The change was not saved: ${String(e)}`);
      return null;
    }
  }

  /** Move a posting to another status (table, board, detail), announced. */
  function move(id: string, status: PostingStatus, at?: number): Promise<PostingSummary | null> {
    const row = rows.value.find((r) => r.id === id);
    return update(id, { status, ...(at != null ? { statusAt: at } : {}) }, `Moved “${row?.title ?? 'posting'}” to ${STATUS_LABEL[status]}.`);
  }

  const pendingDeletes = new Map<string, { timer: ReturnType<typeof setTimeout>; commit: () => void }>();
  let toastCount = 0;

  /** Delete with undo: the row goes at once; the delete is written after UNDO_MS unless undone. */
  function remove(id: string): void {
    const row = rows.value.find((r) => r.id === id);
    if (!row) return;
    hidden.value = new Set([...hidden.value, id]);
    const commit = () => {
      const pending = pendingDeletes.get(id);
      if (!pending) return;
      clearTimeout(pending.timer);
      pendingDeletes.delete(id);
      void db
        .deletePosting(id)
        .then(() => {
          rows.value = rows.value.filter((r) => r.id !== id);
          index.remove(id);
          const rest = new Set(hidden.value);
          rest.delete(id);
          hidden.value = rest;
          void syncReminders();
        })
        .catch((e: unknown) => say(`The posting could not be deleted: ${String(e)}`));
      if (toast.value?.id === toastId) toast.value = null;
    };
    const undo = () => {
      const pending = pendingDeletes.get(id);
      if (!pending) return;
      clearTimeout(pending.timer);
      pendingDeletes.delete(id);
      const rest = new Set(hidden.value);
      rest.delete(id);
      hidden.value = rest;
      toast.value = null;
      focusId.value = id;
      say(`Restored “${row.title ?? 'posting'}”.`);
    };
    pendingDeletes.set(id, { timer: setTimeout(commit, UNDO_MS), commit });
    const hold = (held: boolean) => {
      const pending = pendingDeletes.get(id);
      if (!pending) return;
      clearTimeout(pending.timer);
      if (!held) pending.timer = setTimeout(commit, UNDO_MS);
    };
    const toastId = ++toastCount;
    toast.value = { id: toastId, message: `Deleted “${row.title ?? 'posting'}”.`, undo, dismiss: commit, hold };
    say(`Deleted “${row.title ?? 'posting'}”. Undo is available for ${UNDO_MS / 1000} seconds.`);
  }

  /** Write every delete still waiting for its undo (the page is closing, or all is deleted). */
  function flushDeletes(): void {
    for (const pending of [...pendingDeletes.values()]) pending.commit();
  }

  async function deleteAll(): Promise<void> {
    flushDeletes();
    await db.deleteAllPostings();
    hidden.value = new Set();
    await load();
    await syncReminders();
    say('All saved postings were deleted.');
  }

  async function importFile(file: File): Promise<ImportResult> {
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return { ok: false, message: `“${file.name}” could not be read, so nothing was imported: ${String(e)}` };
    }
    try {
      const start = performance.now();
      const report = await db.importBackup(text);
      measure('jdl:import', start);
      await load();
      await syncReminders();
      return { ok: true, message: db.describeImport(report) };
    } catch (e) {
      return { ok: false, message: e instanceof db.ImportError ? e.message : `The import failed and nothing was changed: ${String(e)}` };
    }
  }

  const stamp = () => new Date().toISOString().slice(0, 10);

  async function exportJson(): Promise<void> {
    const backup = await db.exportBackup();
    download(new Blob([JSON.stringify(backup)], { type: 'application/json' }), `jd-lens-backup-${stamp()}.json`);
    say(`Exported ${backup.postings.length} postings, ${backup.profiles.length} profiles and your settings as JSON.`);
  }

  async function exportCsv(): Promise<void> {
    const all = await db.getAllPostings();
    download(new Blob([db.toCsv(all)], { type: 'text/csv;charset=utf-8' }), `jd-lens-postings-${stamp()}.csv`);
    say(`Exported ${all.length} postings as CSV.`);
  }

  function setFilters(patch: Partial<TrackerFilters>): void {
    batch(() => {
      filters.value = { ...filters.value, ...patch };
      page.value = 0;
    });
  }

  return {
    rows, phase, error, textsIndexed, textsDone, filters, sort, hidden, announcement, toast, page, pageSize, focusId,
    present, visible, tags, filtered,
    get index() {
      return index;
    },
    say, load, refresh, update, move, remove, flushDeletes, deleteAll, importFile, exportJson, exportCsv, setFilters,
    clearFilters: () => setFilters(db.NO_FILTERS),
  };
}

export type TrackerStore = ReturnType<typeof createTrackerStore>;

/** Save a file the way a download link does. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const TrackerContext = createContext<TrackerStore | null>(null);

/** The tracker store of this page. */
export function useTracker(): TrackerStore {
  const store = useContext(TrackerContext);
  if (!store) throw new Error('useTracker() outside <TrackerContext.Provider>');
  return store;
}
