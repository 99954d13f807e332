import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Analysis, Match, PostingMeta, Profile } from '../types';

export const DB_NAME = 'jd-lens';
export const DB_VERSION = 1;

export const STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'archived'] as const;
export type PostingStatus = (typeof STATUSES)[number];

/** One posting the user saved, with everything needed to show it again offline. */
export interface SavedPosting extends PostingMeta {
  id: string;
  /** `${site}:${postingId}` when the site gives an id; dedupe key. */
  postingKey: string | null;
  /** Lower-cased "title|company", for the fuzzy duplicate check. */
  titleCompany: string;
  text: string;
  /** The analysis without its text (kept once, above). */
  analysis: Omit<Analysis, 'text' | 'match'>;
  match: Match | null;
  profileId: string | null;
  score: number | null;
  status: PostingStatus;
  history: { status: PostingStatus; at: number }[];
  notes: string;
  tags: string[];
  nextAction: { at: number; note: string } | null;
  firstSeen: number;
  lastSeen: number;
  savedAt: number;
  updatedAt: number;
}

export interface JdlDB extends DBSchema {
  profiles: { key: string; value: Profile & { id: string } };
  postings: {
    key: string;
    value: SavedPosting;
    indexes: {
      'by-canonical': string;
      'by-posting-key': string;
      'by-title-company': string;
      'by-status': string;
      'by-saved': number;
    };
  };
  settings: { key: string; value: unknown };
}

/**
 * The upgrade ladder: step N brings a database at version N-1 to version N. Steps only ever
 * get appended; each is tested with data in the shape before it (tests/lib/store).
 */
export const UPGRADES: ((db: IDBPDatabase<JdlDB>) => void)[] = [
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
];

let dbPromise: Promise<IDBPDatabase<JdlDB>> | undefined;

/** The one connection of this context, opened on first use. */
export function getDb(): Promise<IDBPDatabase<JdlDB>> {
  dbPromise ??= openDB<JdlDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < DB_VERSION; v++) UPGRADES[v]?.(db);
    },
    blocking() {
      // A newer version wants to upgrade (another tab, an update): let it, reopen lazily.
      void closeDb();
    },
  }).catch((error: unknown) => {
    dbPromise = undefined;
    throw error;
  });
  return dbPromise;
}

/** Forget the cached connection (tests; a newer version asked us to close). */
export async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}
