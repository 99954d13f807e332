import type { IDBPTransaction, StoreNames } from 'idb';
import type { Analysis, PostingMeta } from '../types';
import { getDb, writing, type JdlDB, type NextAction, type PostingBody, type PostingRecord, type PostingStatus, type SavedPosting } from './db';
import { companyKey, postingKey, sameJob, titleCompanyKey, urlsOf } from './dedupe';
import { notifyChange } from './events';

/** What the tracker table shows: everything but the posting text, the analysis and the match. */
export type PostingSummary = PostingRecord;

type Tx = IDBPTransaction<JdlDB, StoreNames<JdlDB>[], 'readonly' | 'readwrite' | 'versionchange'>;

export interface SaveInput {
  meta: PostingMeta;
  analysis: Analysis;
  profileId: string | null;
}

type FindMeta = Pick<PostingMeta, 'site' | 'postingId' | 'url' | 'canonicalUrl' | 'title' | 'company' | 'location'>;

/** Where the dedupe rules look rows up: IndexedDB's indexes, or a map in memory (bulk import). */
export interface RecordLookup {
  byPostingKey(key: string): Promise<PostingRecord | undefined>;
  byUrl(url: string): Promise<PostingRecord | undefined>;
  byTitleCompany(key: string): Promise<PostingRecord[]>;
  byCompany(key: string): Promise<PostingRecord[]>;
}

/**
 * The saved row this posting is, if any, strongest evidence first: the site's posting id, any
 * URL it was seen at (tracking parameters and site variants folded), the exact title + company,
 * then the fuzzy check (same company, same title words, compatible location).
 */
export async function findIn(lookup: RecordLookup, meta: FindMeta): Promise<PostingRecord | undefined> {
  const key = postingKey(meta);
  if (key) {
    const hit = await lookup.byPostingKey(key);
    if (hit) return hit;
  }
  for (const url of urlsOf(meta)) {
    const hit = await lookup.byUrl(url);
    if (hit) return hit;
  }
  const tc = titleCompanyKey(meta.title, meta.company);
  if (tc) {
    const hit = (await lookup.byTitleCompany(tc)).find((r) => sameJob(r, meta));
    if (hit) return hit;
  }
  const company = companyKey(meta.company);
  if (!company || !meta.title) return undefined;
  return (await lookup.byCompany(company)).find((r) => sameJob(r, meta));
}

/** The dedupe lookups through the postings store's indexes. */
export function idbLookup(tx: Tx): RecordLookup {
  const store = tx.objectStore('postings');
  return {
    byPostingKey: (key) => store.index('by-posting-key').get(key),
    byUrl: (url) => store.index('by-url').get(url),
    byTitleCompany: (key) => store.index('by-title-company').getAll(key),
    byCompany: (key) => store.index('by-company').getAll(key),
  };
}

/** The dedupe lookups over rows in memory: one read of the store, then no request per posting. */
export class MemoryLookup implements RecordLookup {
  private readonly byId = new Map<string, PostingRecord>();
  private readonly keys = new Map<string, string>();
  private readonly urls = new Map<string, string>();
  private readonly titleCompanies = new Map<string, Set<string>>();
  private readonly companies = new Map<string, Set<string>>();

  constructor(records: PostingRecord[] = []) {
    for (const r of records) this.add(r);
  }

  /** Add a row, or its new version (same id). */
  add(r: PostingRecord): void {
    this.byId.set(r.id, r);
    if (r.postingKey && !this.keys.has(r.postingKey)) this.keys.set(r.postingKey, r.id);
    for (const url of r.urls) if (!this.urls.has(url)) this.urls.set(url, r.id);
    const put = (map: Map<string, Set<string>>, key: string) => key && (map.get(key) ?? map.set(key, new Set()).get(key)!).add(r.id);
    put(this.titleCompanies, r.titleCompany);
    put(this.companies, r.companyKey);
  }

  get(id: string): PostingRecord | undefined {
    return this.byId.get(id);
  }

  private rows(ids: Set<string> | undefined): PostingRecord[] {
    return [...(ids ?? [])].map((id) => this.byId.get(id)!);
  }

  async byPostingKey(key: string) {
    const id = this.keys.get(key);
    return id ? this.byId.get(id) : undefined;
  }
  async byUrl(url: string) {
    const id = this.urls.get(url);
    return id ? this.byId.get(id) : undefined;
  }
  async byTitleCompany(key: string) {
    return this.rows(this.titleCompanies.get(key)).filter((r) => r.titleCompany === key);
  }
  async byCompany(key: string) {
    return this.rows(this.companies.get(key)).filter((r) => r.companyKey === key);
  }
}

/** The saved row this posting is, if any (the rules: findIn), through the indexes. */
export function findRecord(meta: FindMeta, tx: Tx): Promise<PostingRecord | undefined> {
  return findIn(idbLookup(tx), meta);
}

/** A row and its body as one saved posting (an empty body if it went missing). */
function join(record: PostingRecord, body: PostingBody | undefined): SavedPosting {
  return {
    ...record,
    text: body?.text ?? '',
    analysis: body?.analysis ?? emptyAnalysis(record),
    match: body?.match ?? null,
  };
}

function emptyAnalysis(r: PostingRecord): SavedPosting['analysis'] {
  return { title: r.title, company: r.company, location: r.location, url: r.url, skills: [], softSkills: [], experience: null, salary: null, seniority: null, workMode: null, redFlags: [] };
}

/** Split a saved posting into its light row and heavy body. */
export function splitPosting(p: SavedPosting): { record: PostingRecord; body: PostingBody } {
  const { text, analysis, match, ...record } = p;
  return { record, body: { id: p.id, text, analysis, match } };
}

/** The saved posting a page is, if any (see findRecord for the rules). */
export async function findSaved(meta: PostingMeta): Promise<SavedPosting | undefined> {
  const tx = (await getDb()).transaction(['postings', 'bodies']);
  const record = await findRecord(meta, tx);
  return record ? join(record, await tx.objectStore('bodies').get(record.id)) : undefined;
}

/**
 * Save a posting, or refresh the one already saved (its status, notes, tags and history are kept;
 * the new URL joins the ones it was seen at). One transaction over both stores: IndexedDB runs
 * readwrite transactions on the same stores one at a time, so two tabs saving at once never
 * lose a write or make two rows.
 */
export async function savePosting({ meta, analysis, profileId }: SaveInput): Promise<{ posting: SavedPosting; created: boolean }> {
  const db = await getDb();
  const tx = db.transaction(['postings', 'bodies'], 'readwrite');
  const now = Date.now();
  const { text, match, ...rest } = analysis;
  const current = await findRecord(meta, tx);
  const urls = [...new Set([...(current?.urls ?? []), ...urlsOf(meta)])];
  const record: PostingRecord = {
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
    site: meta.site,
    url: meta.url,
    // Keep the first canonical URL and id if this page gives none (a generic page of a known posting).
    canonicalUrl: urlsOf({ canonicalUrl: meta.canonicalUrl })[0] ?? current?.canonicalUrl ?? urls[0] ?? null,
    postingId: meta.postingId ?? current?.postingId ?? null,
    postingKey: postingKey(meta) ?? current?.postingKey ?? null,
    title: meta.title ?? current?.title ?? null,
    company: meta.company ?? current?.company ?? null,
    location: meta.location ?? current?.location ?? null,
    titleCompany: titleCompanyKey(meta.title ?? current?.title, meta.company ?? current?.company),
    companyKey: companyKey(meta.company ?? current?.company),
    urls,
    profileId,
    profileName: match?.profileName ?? null,
    score: match?.score ?? null,
    salary: rest.salary ? (({ evidence: _e, ...s }) => s)(rest.salary) : null,
    workMode: rest.workMode,
    seniority: rest.seniority,
    lastSeen: now,
    updatedAt: now,
  };
  if (meta.missing) record.missing = meta.missing;
  else delete record.missing;
  const body: PostingBody = { id: record.id, text, analysis: rest, match: match ?? null };
  // Both stores or neither: a full disk aborts the whole save and says so (StoreFullError).
  await writing(tx, () => {
    const row = tx.objectStore('postings').put(record);
    row.catch(() => {}); // if the body's put throws, the abort rejects this one too: reported once, by writing()
    return Promise.all([row, tx.objectStore('bodies').put(body)]);
  });
  notifyChange([record.id]);
  return { posting: join(record, body), created: !current };
}

/**
 * A saved posting was seen again (its page analysed): move lastSeen, remember the URL. Returns
 * the row, or undefined when it is not saved.
 */
export async function markSeen(id: string, meta?: Pick<PostingMeta, 'url' | 'canonicalUrl'>): Promise<PostingRecord | undefined> {
  const tx = (await getDb()).transaction('postings', 'readwrite');
  const record = await tx.store.get(id);
  if (!record) return undefined;
  record.lastSeen = Date.now();
  if (meta) record.urls = [...new Set([...record.urls, ...urlsOf(meta)])];
  await tx.store.put(record);
  await tx.done;
  notifyChange([id]);
  return record;
}

/** The newest saved postings without their texts: the tracker's first screen, before all rows load. */
export async function listRecent(limit = 100): Promise<PostingSummary[]> {
  const index = (await getDb()).transaction('postings').store.index('by-saved');
  // Three requests, not one per row: find the limit-th newest date, then read everything from it on.
  let cursor = await index.openKeyCursor(null, 'prev');
  if (!cursor) return [];
  if (limit > 1) cursor = await cursor.advance(limit - 1).catch(() => null);
  const from = cursor ? IDBKeyRange.lowerBound(cursor.key) : null;
  const rows = await index.getAll(from);
  return rows.reverse().slice(0, limit);
}

/** Every saved posting without its text, newest first. */
export async function listPostings(): Promise<PostingSummary[]> {
  const all = await (await getDb()).getAll('postings');
  return all.sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * Every posting text, a chunk at a time (for the tracker's search index), so the page can show
 * the first rows before 10,000 texts are read. `onChunk` gets [id, text] pairs; returning false stops.
 */
export async function eachText(onChunk: (pairs: [string, string][]) => void | boolean | Promise<void | boolean>, chunk = 500): Promise<void> {
  const db = await getDb();
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after == null ? null : IDBKeyRange.lowerBound(after, true);
    const bodies: PostingBody[] = await db.getAll('bodies', range, chunk);
    if (!bodies.length) return;
    if ((await onChunk(bodies.map((b) => [b.id, b.text]))) === false) return; // the reader gave up
    after = bodies[bodies.length - 1]!.id;
    if (bodies.length < chunk) return;
  }
}

/** One saved posting with its text and analysis. */
export async function getPosting(id: string): Promise<SavedPosting | undefined> {
  const tx = (await getDb()).transaction(['postings', 'bodies']);
  const [record, body] = await Promise.all([tx.objectStore('postings').get(id), tx.objectStore('bodies').get(id)]);
  return record ? join(record, body) : undefined;
}

/** Every saved posting, whole (for export). */
export async function getAllPostings(): Promise<SavedPosting[]> {
  const tx = (await getDb()).transaction(['postings', 'bodies']);
  const [records, bodies] = await Promise.all([tx.objectStore('postings').getAll(), tx.objectStore('bodies').getAll()]);
  const byId = new Map(bodies.map((b) => [b.id, b]));
  return records.sort((a, b) => b.savedAt - a.savedAt).map((r) => join(r, byId.get(r.id)));
}

/**
 * A change to a saved posting. Fields absent are left alone, so two tabs changing different
 * fields at once both win; tags can be added or removed one by one for the same reason.
 */
export interface PostingPatch {
  status?: PostingStatus;
  /** When the status changed (defaults to now): "I applied on Monday". */
  statusAt?: number;
  notes?: string;
  tags?: string[];
  addTags?: string[];
  removeTags?: string[];
  nextAction?: NextAction | null;
}

/** A tag as stored: trimmed, inner spaces collapsed, at most 40 characters. */
export function cleanTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').slice(0, 40);
}

/** Apply a patch to a row (pure): a status change joins the history, a new next action re-arms its reminder. */
export function applyPatch(record: PostingRecord, patch: PostingPatch, now = Date.now()): PostingRecord {
  const next: PostingRecord = { ...record, updatedAt: now };
  if (patch.status && patch.status !== record.status) {
    const at = patch.statusAt ?? now;
    next.status = patch.status;
    // Appended in the order of changes (a back-dated "applied on Monday" may precede the save).
    next.history = [...record.history, { status: patch.status, at }];
  }
  if (patch.notes !== undefined) next.notes = patch.notes;
  let tags = patch.tags ? patch.tags.map(cleanTag) : record.tags;
  if (patch.addTags) tags = [...tags, ...patch.addTags.map(cleanTag)];
  if (patch.removeTags) {
    const gone = new Set(patch.removeTags.map((t) => cleanTag(t).toLowerCase()));
    tags = tags.filter((t) => !gone.has(t.toLowerCase()));
  }
  const seen = new Set<string>();
  next.tags = tags.filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
  if (patch.nextAction !== undefined) {
    next.nextAction = patch.nextAction ? { at: patch.nextAction.at, note: patch.nextAction.note, ...(patch.nextAction.remind ? { remind: true } : {}) } : null;
    if (next.nextAction?.remind) next.remindAt = next.nextAction.at;
    else delete next.remindAt;
  }
  return next;
}

/** Change status (recorded in the history), notes, tags or the next action of a saved posting. */
export async function updatePosting(id: string, patch: PostingPatch): Promise<SavedPosting | undefined> {
  const tx = (await getDb()).transaction(['postings', 'bodies'], 'readwrite');
  const postings = tx.objectStore('postings');
  const record = await postings.get(id);
  if (!record) return undefined;
  const next = applyPatch(record, patch);
  const [, body] = await writing(tx, () => Promise.all([postings.put(next), tx.objectStore('bodies').get(id)]));
  notifyChange([id]);
  return join(next, body);
}

/** Remove saved postings (rows and bodies). */
export async function deletePostings(ids: string[]): Promise<void> {
  const tx = (await getDb()).transaction(['postings', 'bodies'], 'readwrite');
  await Promise.all(ids.flatMap((id) => [tx.objectStore('postings').delete(id), tx.objectStore('bodies').delete(id)]));
  await tx.done;
  notifyChange(ids);
}

/** Remove a saved posting. */
export async function deletePosting(id: string): Promise<void> {
  await deletePostings([id]);
}

/** Remove every saved posting (profiles and settings stay). */
export async function deleteAllPostings(): Promise<void> {
  const tx = (await getDb()).transaction(['postings', 'bodies'], 'readwrite');
  await Promise.all([tx.objectStore('postings').clear(), tx.objectStore('bodies').clear()]);
  await tx.done;
  notifyChange(null);
}
