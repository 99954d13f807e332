import { abortCause, DB_VERSION, getDb, STATUSES, StoreFullError, storeError, type PostingRecord, type SavedPosting } from './db';
import { companyKey, postingKey, titleCompanyKey, urlsOf } from './dedupe';
import { notifyChange } from './events';
import { findIn, getAllPostings, MemoryLookup, splitPosting } from './postings';
import type { StoredProfile } from './profiles';
import { appliedAt } from './stats';

/** The backup file's "format" marker: a JSON file without it is not a JD Lens backup. */
export const BACKUP_FORMAT = 'jd-lens-backup';
/** Bumps when the backup's shape changes; the importer reads every version up to this one. */
export const BACKUP_VERSION = 1;

/** Everything JD Lens keeps, as one JSON file: postings (texts, analyses, history, notes, tags), profiles, settings. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The database version the data was read from. */
  schemaVersion: number;
  exportedAt: string;
  postings: SavedPosting[];
  profiles: StoredProfile[];
  settings: Record<string, unknown>;
}

/** Read the whole database into a backup. */
export async function exportBackup(now = Date.now()): Promise<Backup> {
  const db = await getDb();
  const [postings, profiles, keys, values] = await Promise.all([getAllPostings(), db.getAll('profiles'), db.getAllKeys('settings'), db.getAll('settings')]);
  const settings: Record<string, unknown> = {};
  keys.forEach((key, i) => (settings[String(key)] = values[i]));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: DB_VERSION, exportedAt: new Date(now).toISOString(), postings, profiles, settings };
}

// ---------------------------------------------------------------- CSV

const iso = (at: number | null | undefined) => (at == null || !Number.isFinite(at) ? '' : new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'));

/** One CSV column: its header and how a posting fills it. */
const CSV_COLUMNS: [string, (p: SavedPosting) => string | number | null | undefined][] = [
  ['id', (p) => p.id],
  ['title', (p) => p.title],
  ['company', (p) => p.company],
  ['location', (p) => p.location],
  ['url', (p) => p.url],
  ['canonical_url', (p) => p.canonicalUrl],
  ['site', (p) => p.site],
  ['posting_id', (p) => p.postingId],
  ['status', (p) => p.status],
  ['applied_at', (p) => iso(appliedAt(p))],
  ['status_history', (p) => p.history.map((h) => `${h.status} ${iso(h.at)}`).join('; ')],
  ['score', (p) => p.score],
  ['profile', (p) => p.profileName],
  ['salary_min', (p) => p.salary?.min],
  ['salary_max', (p) => p.salary?.max],
  ['salary_currency', (p) => p.salary?.currency],
  ['salary_period', (p) => p.salary?.period],
  ['work_mode', (p) => p.workMode],
  ['seniority', (p) => p.seniority],
  ['required_skills', (p) => p.analysis.skills.filter((s) => s.level === 'required').map((s) => s.name).join('; ')],
  ['missing_skills', (p) => p.match?.required.missing.join('; ')],
  ['red_flags', (p) => p.analysis.redFlags.map((f) => f.title).join('; ')],
  ['tags', (p) => p.tags.join('; ')],
  ['notes', (p) => p.notes],
  ['next_action_at', (p) => iso(p.nextAction?.at)],
  ['next_action', (p) => p.nextAction?.note],
  ['first_seen', (p) => iso(p.firstSeen)],
  ['last_seen', (p) => iso(p.lastSeen)],
  ['saved_at', (p) => iso(p.savedAt)],
  ['updated_at', (p) => iso(p.updatedAt)],
  ['text', (p) => p.text],
];

/**
 * One CSV cell: quoted when it holds a quote, comma or line break (RFC 4180), and neutralised
 * when a spreadsheet would run it as a formula (= + - @, tab, CR first: OWASP "CSV injection"):
 * a leading apostrophe makes it text.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value == null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every posting as CSV: one row each, the status history and the full posting text as columns. A BOM lets Excel read UTF-8. */
export function toCsv(postings: SavedPosting[]): string {
  const lines = [CSV_COLUMNS.map(([h]) => csvCell(h)).join(',')];
  for (const p of postings) lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(p))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The CSV header, for tests and readers. */
export const CSV_HEADER = CSV_COLUMNS.map(([h]) => h);

// ---------------------------------------------------------------- validation

/** A backup file that cannot be imported; the message says why, in words a user reads. */
export class ImportError extends Error {
  override name = 'ImportError';
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown) => v == null || isStr(v);
const numOrNull = (v: unknown) => v == null || isNum(v);
const isSpans = (v: unknown) => Array.isArray(v) && v.every((s) => isObj(s) && isNum(s.start) && isNum(s.end));
const isStrs = (v: unknown) => Array.isArray(v) && v.every(isStr);
const LEVELS = ['required', 'preferred', 'mentioned'];

/** Field problems of one imported posting, as "field: what is wrong". */
function postingProblems(p: unknown): string[] {
  if (!isObj(p)) return ['is not an object'];
  const bad: string[] = [];
  const need = (ok: boolean, field: string, what: string) => void (ok || bad.push(`${field} ${what}`));
  need(isStr(p.id) && p.id.length > 0 && p.id.length < 200, 'id', 'must be a non-empty string');
  need(isStr(p.site), 'site', 'must be a string');
  need(isStr(p.url), 'url', 'must be a string');
  for (const f of ['title', 'company', 'location', 'canonicalUrl', 'postingId', 'profileId', 'profileName']) need(strOrNull(p[f]), f, 'must be a string or null');
  need(STATUSES.includes(p.status as never), 'status', `must be one of ${STATUSES.join(', ')}`);
  need(
    p.history === undefined || (Array.isArray(p.history) && p.history.every((h) => isObj(h) && STATUSES.includes(h.status as never) && isNum(h.at))),
    'history',
    'must be a list of { status, at }',
  );
  need(p.notes === undefined || isStr(p.notes), 'notes', 'must be a string');
  need(p.tags === undefined || isStrs(p.tags), 'tags', 'must be a list of strings');
  need(p.urls === undefined || isStrs(p.urls), 'urls', 'must be a list of strings');
  need(
    p.nextAction == null || (isObj(p.nextAction) && isNum(p.nextAction.at) && isStr(p.nextAction.note) && numOrNull(p.nextAction.notifiedAt)),
    'nextAction',
    'must be null or { at, note }',
  );
  need(numOrNull(p.score), 'score', 'must be a number or null');
  need(isNum(p.savedAt), 'savedAt', 'must be a date (epoch milliseconds)');
  for (const f of ['firstSeen', 'lastSeen', 'updatedAt']) need(p[f] === undefined || isNum(p[f]), f, 'must be a date (epoch milliseconds)');
  need(isStr(p.text), 'text', 'must be a string');
  const a = p.analysis;
  if (!isObj(a)) bad.push('analysis must be an object');
  else {
    need(Array.isArray(a.skills) && a.skills.every((s) => isObj(s) && isStr(s.name) && LEVELS.includes(s.level as string) && isSpans(s.evidence)), 'analysis.skills', 'must be a list of { name, level, evidence }');
    need(a.softSkills === undefined || (Array.isArray(a.softSkills) && a.softSkills.every((s) => isObj(s) && isStr(s.name) && isSpans(s.evidence))), 'analysis.softSkills', 'must be a list of { name, evidence }');
    need(Array.isArray(a.redFlags) && a.redFlags.every((f) => isObj(f) && isStr(f.id) && isStr(f.title) && isStr(f.why) && isSpans(f.evidence)), 'analysis.redFlags', 'must be a list of { id, title, why, evidence }');
    need(a.salary == null || (isObj(a.salary) && numOrNull(a.salary.min) && numOrNull(a.salary.max) && isStr(a.salary.currency) && isStr(a.salary.period)), 'analysis.salary', 'must be null or { min, max, currency, period }');
    need(a.experience == null || (isObj(a.experience) && numOrNull(a.experience.minYears) && numOrNull(a.experience.maxYears)), 'analysis.experience', 'must be null or { minYears, maxYears }');
  }
  const m = p.match;
  need(
    m == null ||
      (isObj(m) &&
        isNum(m.score) &&
        isObj(m.required) && isStrs(m.required.have) && isStrs(m.required.missing) &&
        isObj(m.preferred) && isStrs(m.preferred.have) && isStrs(m.preferred.missing) &&
        Array.isArray(m.caps) && m.caps.every((c) => isObj(c) && isStr(c.reason) && isNum(c.max)) &&
        isStrs(m.tips) &&
        (m.breakdown === undefined || (Array.isArray(m.breakdown) && m.breakdown.every((l) => isObj(l) && isStr(l.label) && isNum(l.points))))),
    'match',
    'must be null or a match { score, required, preferred, caps, tips }',
  );
  return bad;
}

function profileProblems(p: unknown): string[] {
  if (!isObj(p)) return ['is not an object'];
  const bad: string[] = [];
  if (!isStr(p.id) || !p.id) bad.push('id must be a non-empty string');
  if (!isStr(p.name)) bad.push('name must be a string');
  if (!Array.isArray(p.skills) || !p.skills.every((s) => isObj(s) && isStr(s.name) && (s.years === undefined || isNum(s.years)))) bad.push('skills must be a list of { name, years? }');
  if (!numOrNull(p.totalYears)) bad.push('totalYears must be a number or null');
  if (p.resumeText !== undefined && !isStr(p.resumeText)) bad.push('resumeText must be a string');
  return bad;
}

/**
 * Read a backup file's text: JSON, the JD Lens format, a version this build reads, and every
 * field of the right type. Throws ImportError saying what is wrong (the first few problems).
 */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`This file is not valid JSON, so nothing was imported (it may be cut short or not a JD Lens backup): ${(error as Error).message}.`);
  }
  if (!isObj(data) || data.format !== BACKUP_FORMAT) {
    throw new ImportError('This file is JSON but not a JD Lens backup (it has no "format": "jd-lens-backup"), so nothing was imported.');
  }
  if (!isNum(data.version) || data.version < 1) throw new ImportError('This backup has no valid "version", so nothing was imported.');
  if (data.version > BACKUP_VERSION) {
    throw new ImportError(`This backup was made by a newer JD Lens (backup version ${data.version}; this one reads up to ${BACKUP_VERSION}). Update JD Lens, then import it. Nothing was imported.`);
  }
  if (!Array.isArray(data.postings)) throw new ImportError('This backup has no list of postings ("postings"), so nothing was imported.');
  if (data.profiles !== undefined && !Array.isArray(data.profiles)) throw new ImportError('This backup\'s "profiles" is not a list, so nothing was imported.');
  if (data.settings !== undefined && !isObj(data.settings)) throw new ImportError('This backup\'s "settings" is not an object, so nothing was imported.');
  const problems: string[] = [];
  data.postings.forEach((p, i) => {
    for (const bad of postingProblems(p)) problems.push(`posting ${i + 1}${isObj(p) && isStr(p.title) ? ` (“${p.title.slice(0, 60)}”)` : ''}: ${bad}`);
  });
  ((data.profiles as unknown[] | undefined) ?? []).forEach((p, i) => {
    for (const bad of profileProblems(p)) problems.push(`profile ${i + 1}: ${bad}`);
  });
  if (problems.length) {
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new ImportError(`This backup has fields of the wrong type, so nothing was imported: ${problems.slice(0, 5).join('; ')}${more}.`);
  }
  return {
    format: BACKUP_FORMAT,
    version: data.version,
    schemaVersion: isNum(data.schemaVersion) ? data.schemaVersion : 0,
    exportedAt: isStr(data.exportedAt) ? data.exportedAt : '',
    postings: (data.postings as Json[]).map(normalizeImported),
    profiles: (data.profiles as StoredProfile[] | undefined) ?? [],
    settings: (data.settings as Record<string, unknown> | undefined) ?? {},
  };
}

/** A validated imported posting with its defaults filled in and derived fields computed again (never trusted). */
function normalizeImported(p: Json): SavedPosting {
  const raw = p as unknown as SavedPosting;
  const savedAt = raw.savedAt;
  const analysis = { ...raw.analysis, softSkills: raw.analysis.softSkills ?? [] };
  const nextAction = raw.nextAction ? { at: raw.nextAction.at, note: raw.nextAction.note, ...(raw.nextAction.remind ? { remind: true } : {}), ...(raw.nextAction.notifiedAt ? { notifiedAt: raw.nextAction.notifiedAt } : {}) } : null;
  const record: PostingRecord = {
    id: raw.id,
    site: raw.site,
    url: raw.url,
    canonicalUrl: raw.canonicalUrl ?? null,
    postingId: raw.postingId ?? null,
    title: raw.title ?? null,
    company: raw.company ?? null,
    location: raw.location ?? null,
    postingKey: postingKey(raw),
    titleCompany: titleCompanyKey(raw.title, raw.company),
    companyKey: companyKey(raw.company),
    urls: [...new Set([...urlsOf(raw), ...(raw.urls ?? []).flatMap((u) => urlsOf({ url: u, canonicalUrl: null }))])],
    profileId: raw.profileId ?? null,
    profileName: raw.profileName ?? raw.match?.profileName ?? null,
    score: raw.score ?? raw.match?.score ?? null,
    salary: analysis.salary ? (({ evidence: _e, ...s }) => s)(analysis.salary) : null,
    workMode: analysis.workMode ?? null,
    seniority: analysis.seniority ?? null,
    status: raw.status,
    history: raw.history?.length ? raw.history.map((h) => ({ status: h.status, at: h.at })) : [{ status: raw.status, at: savedAt }],
    notes: raw.notes ?? '',
    tags: raw.tags ?? [],
    nextAction,
    firstSeen: raw.firstSeen ?? savedAt,
    lastSeen: raw.lastSeen ?? savedAt,
    savedAt,
    updatedAt: raw.updatedAt ?? savedAt,
  };
  if (nextAction?.remind && !nextAction.notifiedAt) record.remindAt = nextAction.at;
  return { ...record, text: raw.text, analysis, match: raw.match ?? null };
}

// ---------------------------------------------------------------- merge

/**
 * Two copies of one posting (ours and a backup's) as one, losing nothing: the status history is
 * the union of both (the status is that of the copy with the latest change the other lacks), tags are united, notes kept whole
 * (both, when they differ), the next action of the copy edited last, the earliest first-seen and
 * saved dates and the latest last-seen, and the text and analysis of the copy seen last.
 */
export function mergePostings(ours: SavedPosting, theirs: SavedPosting): SavedPosting {
  const { text: _t, analysis: _a, match: _m, ...row } = ours;
  const { record, theirBody } = mergeRecords(row, theirs);
  const body = theirBody ? theirs : ours;
  return { ...record, text: body.text, analysis: body.analysis, match: body.match };
}

/**
 * mergePostings on our row alone (the import never reads our bodies): the merged row, and
 * whether the backup's text and analysis replace ours (theirs was seen later).
 */
export function mergeRecords(ours: PostingRecord, theirs: SavedPosting): { record: PostingRecord; theirBody: boolean } {
  const key = (h: { status: string; at: number }) => `${h.status}@${h.at}`;
  const history = [...new Map([...ours.history, ...theirs.history].map((h) => [key(h), h])).values()].sort((a, b) => a.at - b.at);
  // The status of the copy with the newer changes: ours, unless the backup holds changes we lack
  // and they are later than any change only we have (diverged copies: the latest change wins).
  const ourKeys = new Set(ours.history.map(key));
  const theirKeys = new Set(theirs.history.map(key));
  const latest = (hs: { at: number }[]) => Math.max(-Infinity, ...hs.map((h) => h.at));
  const onlyTheirs = theirs.history.filter((h) => !ourKeys.has(key(h)));
  const onlyOurs = ours.history.filter((h) => !theirKeys.has(key(h)));
  const status = onlyTheirs.length && latest(onlyTheirs) > latest(onlyOurs) ? theirs.status : ours.status;
  const edited = theirs.updatedAt > ours.updatedAt ? theirs : ours;
  const theirBody = theirs.lastSeen > ours.lastSeen && !!theirs.text;
  const { text: _t, analysis: _a, match: _m, ...theirRow } = theirs;
  const seen: PostingRecord = theirBody ? theirRow : ours;
  const notes =
    ours.notes === theirs.notes || !theirs.notes.trim() || ours.notes.includes(theirs.notes)
      ? ours.notes
      : !ours.notes.trim() || theirs.notes.includes(ours.notes)
        ? theirs.notes
        : `${ours.notes}\n\n— from backup —\n${theirs.notes}`;
  const tagSeen = new Set<string>();
  const tags = [...ours.tags, ...theirs.tags].filter((t) => !tagSeen.has(t.toLowerCase()) && tagSeen.add(t.toLowerCase()));
  const nextAction = edited.nextAction ?? (edited === ours ? theirs.nextAction : ours.nextAction);
  const record: PostingRecord = {
    ...seen,
    id: ours.id,
    urls: [...new Set([...ours.urls, ...theirs.urls])],
    postingKey: seen.postingKey ?? ours.postingKey ?? theirs.postingKey,
    status,
    history,
    notes,
    tags,
    nextAction,
    firstSeen: Math.min(ours.firstSeen, theirs.firstSeen),
    savedAt: Math.min(ours.savedAt, theirs.savedAt),
    lastSeen: Math.max(ours.lastSeen, theirs.lastSeen),
    updatedAt: Math.max(ours.updatedAt, theirs.updatedAt),
  };
  delete record.remindAt;
  if (nextAction?.remind && !nextAction.notifiedAt) record.remindAt = nextAction.at;
  return { record, theirBody };
}

/** A stable JSON string (sorted keys), to tell whether a merge changed anything. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (isObj(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

/** What an import did, posting by posting. */
export interface ImportReport {
  added: { id: string; title: string | null; company: string | null }[];
  merged: { id: string; title: string | null; company: string | null }[];
  /** Postings already here with nothing new in the backup. */
  unchanged: number;
  profilesAdded: number;
  /** Profiles with our id but other content: ours kept, theirs added as "(imported)". */
  profilesRenamed: number;
  settingsAdded: number;
}

/** A sentence for the user about an import. */
export function describeImport(r: ImportReport): string {
  const total = r.added.length + r.merged.length + r.unchanged;
  const parts = [
    `${r.added.length} added`,
    r.merged.length ? `${r.merged.length} merged with postings you had (histories, notes and tags combined)` : '',
    r.unchanged ? `${r.unchanged} already up to date` : '',
  ].filter(Boolean);
  const profiles = r.profilesAdded + r.profilesRenamed;
  return `Imported ${total} posting${total === 1 ? '' : 's'}: ${parts.join(', ')}.${profiles ? ` ${profiles} profile${profiles === 1 ? '' : 's'} added${r.profilesRenamed ? ` (${r.profilesRenamed} as “(imported)” copies beside yours)` : ''}.` : ''}`;
}

/** A write not waited for: its failure aborts the transaction, and tx.done reports it. */
function queued(request: Promise<unknown>): void {
  request.catch(() => {});
}

/**
 * Import a backup file's text: validated first (a bad file throws ImportError and changes
 * nothing), then merged in one transaction (all or nothing). Postings already here (same id,
 * or the same posting by the dedupe rules) are merged, never overwritten; profiles and settings
 * already here are kept.
 */
export async function importBackup(text: string): Promise<ImportReport> {
  const backup = parseBackup(text);
  const db = await getDb();
  const tx = db.transaction(['postings', 'bodies', 'profiles', 'settings'], 'readwrite');
  tx.done.catch(() => {}); // an abort below is reported by the throw, not as an unhandled rejection
  const postings = tx.objectStore('postings');
  const bodies = tx.objectStore('bodies');
  const report: ImportReport = { added: [], merged: [], unchanged: 0, profilesAdded: 0, profilesRenamed: 0, settingsAdded: 0 };
  try {
    // One read of every row, then the dedupe rules run in memory and the writes are queued
    // without waiting for each: 10,000 postings import in seconds, still in one transaction.
    const lookup = new MemoryLookup(await postings.getAll());
    for (const theirs of backup.postings) {
      const existing = lookup.get(theirs.id) ?? (await findIn(lookup, theirs));
      const brief = { id: existing?.id ?? theirs.id, title: theirs.title, company: theirs.company };
      if (!existing) {
        const { record, body } = splitPosting(theirs);
        queued(postings.put(record));
        queued(bodies.put(body));
        lookup.add(record);
        report.added.push(brief);
        continue;
      }
      const { record, theirBody } = mergeRecords(existing, theirs);
      if (!theirBody && stable(record) === stable(existing)) {
        report.unchanged++;
        continue;
      }
      queued(postings.put(record));
      if (theirBody) queued(bodies.put({ id: record.id, text: theirs.text, analysis: theirs.analysis, match: theirs.match }));
      lookup.add(record);
      report.merged.push(brief);
    }
    const profiles = tx.objectStore('profiles');
    for (const theirs of backup.profiles) {
      const ours = await profiles.get(theirs.id);
      if (!ours) {
        await profiles.put(theirs);
        report.profilesAdded++;
      } else if (stable(ours) !== stable(theirs)) {
        await profiles.put({ ...theirs, id: crypto.randomUUID(), name: `${theirs.name} (imported)` });
        report.profilesRenamed++;
      }
    }
    const settings = tx.objectStore('settings');
    for (const [key, value] of Object.entries(backup.settings)) {
      if ((await settings.getKey(key)) === undefined) {
        await settings.put(value, key);
        report.settingsAdded++;
      }
    }
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted.
    }
    const plain = storeError(abortCause(tx) ?? error); // a full disk, in plain words
    throw error instanceof ImportError ? error : new ImportError(`The import failed and nothing was changed: ${plain instanceof StoreFullError ? plain.message : String(error)}`);
  }
  notifyChange(null);
  return report;
}
