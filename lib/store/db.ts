import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Analysis, Match, PostingMeta, Profile, SalaryFinding, Seniority, WorkMode } from '../types';
import { companyKey, normalizeUrl } from './dedupe';

export const DB_NAME = 'jd-lens';
export const DB_VERSION = 2;

export const STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'archived'] as const;
export type PostingStatus = (typeof STATUSES)[number];

/** One change of status, when it happened (the user may back-date it: "I applied on Monday"). */
export interface StatusChange {
  status: PostingStatus;
  at: number;
}

/** What to do next about a posting, and whether to be reminded (a notification at `at`). */
export interface NextAction {
  at: number;
  note: string;
  remind?: boolean;
  /** When the reminder was shown; set once, so it is never shown twice. */
  notifiedAt?: number;
}

/**
 * The light part of a saved posting: everything the tracker's table, board and dedupe check read,
 * so that 10,000 of them load at once. The text, analysis and match live in `bodies` (v2).
 */
export interface PostingRecord extends PostingMeta {
  id: string;
  /** `${site}:${postingId}` when the site gives an id; dedupe key. */
  postingKey: string | null;
  /** Lower-cased "title|company", for the exact duplicate check. */
  titleCompany: string;
  /** Folded company name, for the fuzzy title + company check (v2). */
  companyKey: string;
  /** Every normalised URL this posting was seen at (v2; multiEntry index). */
  urls: string[];
  profileId: string | null;
  /** The profile the score was computed against, by name (kept if the profile is deleted; v2). */
  profileName: string | null;
  score: number | null;
  /** The pay the posting states, without evidence offsets (v2). */
  salary: Omit<SalaryFinding, 'evidence'> | null;
  workMode: WorkMode | null;
  seniority: Seniority | null;
  status: PostingStatus;
  history: StatusChange[];
  notes: string;
  tags: string[];
  nextAction: NextAction | null;
  /** `nextAction.at` while a reminder is pending, else absent: the reminders index (v2). */
  remindAt?: number;
  firstSeen: number;
  lastSeen: number;
  savedAt: number;
  updatedAt: number;
}

/** The heavy part of a saved posting (v2): the analysed text, the analysis and the match. */
export interface PostingBody {
  id: string;
  text: string;
  /** The analysis without its text (kept once, above) and without the match (below). */
  analysis: Omit<Analysis, 'text' | 'match'>;
  match: Match | null;
}

/** One posting the user saved, with everything needed to show it again offline. */
export interface SavedPosting extends PostingRecord {
  text: string;
  analysis: Omit<Analysis, 'text' | 'match'>;
  match: Match | null;
}

export interface JdlDB extends DBSchema {
  profiles: { key: string; value: Profile & { id: string } };
  postings: {
    key: string;
    value: PostingRecord;
    indexes: {
      'by-canonical': string;
      'by-posting-key': string;
      'by-title-company': string;
      'by-status': string;
      'by-saved': number;
      'by-url': string;
      'by-company': string;
      'by-updated': number;
      'by-tag': string;
      'by-remind': number;
    };
  };
  bodies: { key: string; value: PostingBody };
  settings: { key: string; value: unknown };
}

/** The versionchange transaction an upgrade step runs in. */
export type UpgradeTx = IDBPTransaction<JdlDB, StoreNames<JdlDB>[], 'versionchange'>;

/** A saved posting as version 1 stored it: one record with the text and analysis inside. */
export type V1Posting = Omit<SavedPosting, 'companyKey' | 'urls' | 'profileName' | 'salary' | 'workMode' | 'seniority' | 'remindAt'> & {
  history: { status: PostingStatus; at: number }[];
  nextAction: { at: number; note: string } | null;
};

/**
 * The upgrade ladder: step N brings a database at version N-1 to version N. Steps only ever
 * get appended; each is tested with data in the shape before it (tests/lib/store/migrations.test.ts).
 * A step may be async, but may await only requests of `tx` (anything else lets it commit).
 */
export const UPGRADES: ((db: IDBPDatabase<JdlDB>, tx: UpgradeTx) => void | Promise<void>)[] = [
  // v1: profiles, postings with the indexes the tracker and the dedupe check read, settings.
  (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    const postings = db.createObjectStore('postings', { keyPath: 'id' });
    postings.createIndex('by-canonical', 'canonicalUrl');
    postings.createIndex('by-posting-key', 'postingKey');
    postings.createIndex('by-title-company', 'titleCompany');
    postings.createIndex('by-status', 'status');
    postings.createIndex('by-saved', 'savedAt');
    db.createObjectStore('settings');
  },
  // v2: texts and analyses move to `bodies`, so the tracker lists 10,000 rows without reading
  // 10,000 texts; every URL seen, the folded company, the pay and the profile name join the row;
  // indexes for the views (updated, tag) and for reminders.
  async (db, tx) => {
    db.createObjectStore('bodies', { keyPath: 'id' });
    const postings = tx.objectStore('postings');
    postings.createIndex('by-url', 'urls', { multiEntry: true });
    postings.createIndex('by-company', 'companyKey');
    postings.createIndex('by-updated', 'updatedAt');
    postings.createIndex('by-tag', 'tags', { multiEntry: true });
    postings.createIndex('by-remind', 'remindAt');
    const bodies = tx.objectStore('bodies');
    let cursor = await postings.openCursor();
    while (cursor) {
      const { record, body } = splitV1(cursor.value as unknown as V1Posting);
      await Promise.all([cursor.update(record), bodies.put(body)]);
      cursor = await cursor.continue();
    }
  },
];

/** A version-1 posting as a v2 row and body: derived fields computed the way savePosting does. */
export function splitV1(old: V1Posting): { record: PostingRecord; body: PostingBody } {
  const { text, analysis, match, ...rest } = old;
  const urls = [...new Set([old.canonicalUrl, old.url].map((u) => normalizeUrl(u)).filter(Boolean))];
  const salary = analysis?.salary ? (({ evidence: _e, ...s }) => s)(analysis.salary) : null;
  const record: PostingRecord = {
    ...rest,
    companyKey: companyKey(old.company),
    urls,
    profileName: match?.profileName ?? null,
    salary,
    workMode: analysis?.workMode ?? null,
    seniority: analysis?.seniority ?? null,
    history: Array.isArray(old.history) && old.history.length ? old.history : [{ status: old.status, at: old.savedAt }],
    tags: Array.isArray(old.tags) ? old.tags : [],
    notes: typeof old.notes === 'string' ? old.notes : '',
  };
  return { record, body: { id: old.id, text: text ?? '', analysis, match: match ?? null } };
}

let dbPromise: Promise<IDBPDatabase<JdlDB>> | undefined;

/** A write failed because the browser's storage for JD Lens is full: nothing of it was written. */
export class StoreFullError extends Error {
  constructor(cause?: unknown) {
    super(
      "The browser's storage for JD Lens is full, so this was not saved. Everything saved before is intact. Free some disk space, or export your postings and delete old ones in the tracker, then try again.",
      { cause },
    );
    this.name = 'StoreFullError';
  }
}

/** The database cannot open: a JD Lens page from before an update still holds the old version open. */
export class StoreBlockedError extends Error {
  constructor() {
    super('JD Lens was updated and waits for its pages opened before the update (tracker, options, side panel): close or reload them. Nothing is lost.');
    this.name = 'StoreBlockedError';
  }
}

/** An IndexedDB failure as the user should read it: a full disk in plain words, anything else unchanged. */
export function storeError(error: unknown): unknown {
  const e = error as { name?: unknown; target?: { error?: { name?: unknown } } } | null;
  return e?.name === 'QuotaExceededError' || e?.target?.error?.name === 'QuotaExceededError' ? new StoreFullError(error) : error;
}

/**
 * Do a readwrite transaction's writes: on any failure (a request that throws, a quota error at
 * commit) the transaction is aborted, so nothing of it is kept, and the error is made plain.
 */
export async function writing<T>(tx: { abort(): void; done: Promise<void>; error: DOMException | null }, work: () => Promise<T>): Promise<T> {
  tx.done.catch(() => {}); // reported by the throw below
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    const cause = abortCause(tx) ?? error;
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw storeError(cause);
  }
}

/** Why a transaction aborted (a quota error), which the AbortError of a later request would hide. */
export function abortCause(tx: { error: DOMException | null }): DOMException | null {
  try {
    return tx.error;
  } catch {
    return null; // not finished yet (older engines throw here)
  }
}

/** Open the database at a version, running the ladder's missing steps (tests open older versions). */
export function openJdlDb(name = DB_NAME, version = DB_VERSION, hooks: { blocked?(): void } = {}): Promise<IDBPDatabase<JdlDB>> {
  return openDB<JdlDB>(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      tx.done.catch(() => {}); // an abort rejects the open request itself; that is the error callers see
      const run = async () => {
        for (let v = oldVersion; v < version; v++) await UPGRADES[v]?.(db, tx);
      };
      run().catch((error: unknown) => {
        // A failed step leaves the database at its old version, data untouched.
        console.error('[JD Lens] database upgrade failed', error);
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
      });
    },
    blocking() {
      // A newer version wants to upgrade (another tab, an update): let it, reopen lazily.
      void closeDb();
    },
    blocked() {
      // We want to upgrade, but a page from before an update holds the old version open and does not let go.
      hooks.blocked?.();
    },
  });
}

/**
 * The one connection of this context, opened on first use. While an upgrade is blocked by an
 * older page, callers get a StoreBlockedError at once (nothing waits forever); the open request
 * stays queued, and once the old page lets go its connection serves every later call.
 */
export function getDb(): Promise<IDBPDatabase<JdlDB>> {
  if (dbPromise) return dbPromise;
  let onBlocked = () => {};
  const blocked = new Promise<never>((_, reject) => (onBlocked = () => reject(new StoreBlockedError())));
  const opening = openJdlDb(DB_NAME, DB_VERSION, { blocked: () => onBlocked() });
  const current = Promise.race([opening, blocked]);
  current.catch(() => {});
  dbPromise = current;
  opening.then(
    (db) => {
      if (dbPromise === current) dbPromise = opening;
      else if (dbPromise !== opening) db.close(); // closeDb() ran meanwhile: nobody wants this one
    },
    () => {
      if (dbPromise === current) dbPromise = undefined; // try again on the next call
    },
  );
  return current;
}

/** Forget the cached connection (tests; a newer version asked us to close). */
export async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}
