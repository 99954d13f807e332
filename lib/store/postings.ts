import type { Analysis, PostingMeta } from '../types';
import type { IDBPTransaction } from 'idb';
import { getDb, type JdlDB, type PostingStatus, type SavedPosting } from './db';
import { normalizeUrl, postingKey, titleCompanyKey } from './dedupe';

/** What the tracker table shows: everything but the posting text and the analysis. */
export type PostingSummary = Omit<SavedPosting, 'text' | 'analysis'>;

type PostingsTx = IDBPTransaction<JdlDB, ['postings'], 'readonly' | 'readwrite'>;

export interface SaveInput {
  meta: PostingMeta;
  analysis: Analysis;
  profileId: string | null;
}

/**
 * The saved posting this page is, if any: same canonical URL, same site posting id, or the same
 * title at the same company (a repost or the same job under another URL).
 */
export async function findSaved(meta: PostingMeta, tx?: PostingsTx): Promise<SavedPosting | undefined> {
  const store = (tx ?? (await getDb()).transaction('postings')).store;
  const key = postingKey(meta);
  if (key) {
    const hit = await store.index('by-posting-key').get(key);
    if (hit) return hit;
  }
  for (const url of [meta.canonicalUrl, meta.url]) {
    const norm = normalizeUrl(url);
    if (!norm) continue;
    const hit = await store.index('by-canonical').get(norm);
    if (hit) return hit;
  }
  const tc = titleCompanyKey(meta.title, meta.company);
  return tc ? store.index('by-title-company').get(tc) : undefined;
}

/**
 * Save a posting, or refresh the one already saved (its status, notes, tags and history are kept).
 * One transaction, so two tabs saving at once never lose a write or make two rows.
 */
export async function savePosting({ meta, analysis, profileId }: SaveInput): Promise<{ posting: SavedPosting; created: boolean }> {
  const db = await getDb();
  // Look up and write in one readwrite transaction: IndexedDB runs them one at a time, so a
  // second tab saving the same posting sees the first one's row.
  const tx = db.transaction('postings', 'readwrite');
  const now = Date.now();
  const { text, match, ...rest } = analysis;
  const current = await findSaved(meta, tx);
  const posting: SavedPosting = {
    ...(current ?? {
      id: crypto.randomUUID(),
      status: 'saved' as PostingStatus,
      history: [{ status: 'saved' as PostingStatus, at: now }],
      notes: '',
      tags: [],
      nextAction: null,
      firstSeen: now,
      savedAt: now,
    }),
    ...meta,
    canonicalUrl: normalizeUrl(meta.canonicalUrl ?? meta.url) || null,
    postingKey: postingKey(meta),
    titleCompany: titleCompanyKey(meta.title, meta.company),
    text,
    analysis: rest,
    match: match ?? null,
    profileId,
    score: match?.score ?? null,
    lastSeen: now,
    updatedAt: now,
  };
  await tx.store.put(posting);
  await tx.done;
  return { posting, created: !current };
}

/** Every saved posting without its text, newest first. */
export async function listPostings(): Promise<PostingSummary[]> {
  const db = await getDb();
  const out: PostingSummary[] = [];
  let cursor = await db.transaction('postings').store.index('by-saved').openCursor(null, 'prev');
  while (cursor) {
    const { text: _text, analysis: _analysis, ...summary } = cursor.value;
    out.push(summary);
    cursor = await cursor.continue();
  }
  return out;
}

/** One saved posting with its text and analysis. */
export async function getPosting(id: string): Promise<SavedPosting | undefined> {
  return (await getDb()).get('postings', id);
}

/** Change status (recorded in the history), notes, tags or the next action of a saved posting. */
export async function updatePosting(
  id: string,
  patch: Partial<Pick<SavedPosting, 'status' | 'notes' | 'tags' | 'nextAction'>>,
): Promise<SavedPosting | undefined> {
  const db = await getDb();
  const tx = db.transaction('postings', 'readwrite');
  const posting = await tx.store.get(id);
  if (!posting) return undefined;
  const now = Date.now();
  if (patch.status && patch.status !== posting.status) posting.history = [...posting.history, { status: patch.status, at: now }];
  Object.assign(posting, patch, { updatedAt: now });
  await tx.store.put(posting);
  await tx.done;
  return posting;
}

/** Remove a saved posting. */
export async function deletePosting(id: string): Promise<void> {
  await (await getDb()).delete('postings', id);
}
