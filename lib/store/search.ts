import { STATUSES, type PostingStatus } from './db';
import type { PostingSummary } from './postings';

/** What the tracker is narrowed to. Empty or null fields do not filter. */
export interface TrackerFilters {
  /** Words (AND), or "quoted phrases", over title, company, location, notes, tags and posting text. */
  query: string;
  statuses: PostingStatus[];
  tag: string | null;
  minScore: number | null;
  maxScore: number | null;
  /** Which date `from` and `to` apply to. */
  dateField: 'savedAt' | 'updatedAt' | 'lastSeen' | 'nextAction';
  /** Inclusive bounds, epoch ms. */
  from: number | null;
  to: number | null;
}

export const NO_FILTERS: TrackerFilters = { query: '', statuses: [], tag: null, minScore: null, maxScore: null, dateField: 'savedAt', from: null, to: null };

export type SortKey = 'title' | 'company' | 'location' | 'score' | 'status' | 'savedAt' | 'updatedAt' | 'lastSeen' | 'nextAction';
export interface SortOrder {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Lower case without accents: what the search compares. */
export function foldText(s: string): string {
  const lower = s.toLowerCase();
  // NFKD is costly on long texts; most are plain ASCII and need none.
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFKD').replace(/\p{M}/gu, '') : lower;
}

/** A query as folded terms: words, and "quoted phrases" kept whole. */
export function parseQuery(query: string): string[] {
  const terms: string[] = [];
  for (const m of foldText(query).matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? '').replace(/\s+/g, ' ').trim();
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * The in-memory search index of the tracker: one folded haystack per posting (its row fields,
 * then its text once loaded). Built once, updated per changed row; a search is a scan of plain
 * strings with `includes`, which V8 runs at memory speed, and each new keystroke that extends
 * the query only rescans the previous hits.
 */
export class SearchIndex {
  private readonly rowHay = new Map<string, string>();
  private readonly textHay = new Map<string, string>();

  /** Index (or re-index) a row's own fields. */
  setRow(row: PostingSummary): void {
    this.rowHay.set(row.id, foldText([row.title, row.company, row.location, row.notes, row.tags.join(' '), row.nextAction?.note].filter(Boolean).join('\n')));
  }

  /** Index a posting's text (whitespace collapsed). */
  setText(id: string, text: string): void {
    this.textHay.set(id, foldText(text.replace(/\s+/g, ' ')));
  }

  remove(id: string): void {
    this.rowHay.delete(id);
    this.textHay.delete(id);
  }

  /** How many texts are indexed (the page says "searching titles only" until all are). */
  get textCount(): number {
    return this.textHay.size;
  }

  /** Whether a row matches every term in its fields or its text. */
  matches(id: string, terms: string[]): boolean {
    const row = this.rowHay.get(id) ?? '';
    const text = this.textHay.get(id) ?? '';
    for (const term of terms) if (!row.includes(term) && !text.includes(term)) return false;
    return true;
  }
}

const DAY = 86_400_000;

/** The date a filter or sort reads from a row. */
export function dateOf(row: PostingSummary, field: TrackerFilters['dateField']): number | null {
  return field === 'nextAction' ? (row.nextAction?.at ?? null) : row[field];
}

/** Whether a row passes every filter but the query. */
export function passes(row: PostingSummary, f: TrackerFilters): boolean {
  if (f.statuses.length && !f.statuses.includes(row.status)) return false;
  if (f.tag && !row.tags.some((t) => t.toLowerCase() === f.tag!.toLowerCase())) return false;
  if (f.minScore != null && (row.score == null || row.score < f.minScore)) return false;
  if (f.maxScore != null && (row.score == null || row.score > f.maxScore)) return false;
  if (f.from != null || f.to != null) {
    const at = dateOf(row, f.dateField);
    if (at == null) return false;
    if (f.from != null && at < f.from) return false;
    // `to` is a day picked in a date input: the whole day counts.
    if (f.to != null && at >= f.to + DAY) return false;
  }
  return true;
}

/** The rows that pass the filters and match the query, in the order given. */
export function filterRows(rows: PostingSummary[], f: TrackerFilters, index: SearchIndex): PostingSummary[] {
  const terms = parseQuery(f.query);
  const out: PostingSummary[] = [];
  for (const row of rows) {
    if (passes(row, f) && (!terms.length || index.matches(row.id, terms))) out.push(row);
  }
  return out;
}

const STATUS_RANK = new Map(STATUSES.map((s, i) => [s, i]));

/** A sortable value for a row: folded strings, numbers; missing values always sort last. */
function sortValue(row: PostingSummary, key: SortKey): string | number | null {
  switch (key) {
    case 'title':
    case 'company':
    case 'location':
      return row[key] ? foldText(row[key]!) : null;
    case 'score':
      return row.score;
    case 'status':
      return STATUS_RANK.get(row.status) ?? 99;
    case 'nextAction':
      return row.nextAction?.at ?? null;
    default:
      return row[key];
  }
}

/** Rows sorted by a column (a new array); ties keep the newest saved first. */
export function sortRows(rows: PostingSummary[], { key, dir }: SortOrder): PostingSummary[] {
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, v: sortValue(row, key) }));
  keyed.sort((a, b) => {
    if (a.v == null || b.v == null) return a.v == null && b.v == null ? b.row.savedAt - a.row.savedAt : a.v == null ? 1 : -1;
    if (a.v < b.v) return -sign;
    if (a.v > b.v) return sign;
    return b.row.savedAt - a.row.savedAt;
  });
  return keyed.map((k) => k.row);
}

/** Every tag in use with its count, most used first. */
export function tagCounts(rows: PostingSummary[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const row of rows) {
    for (const tag of row.tags) {
      const key = tag.toLowerCase();
      const entry = counts.get(key) ?? { tag, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
