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

/** Everything shown. */
export const NO_FILTERS: TrackerFilters = { query: '', statuses: [], tag: null, minScore: null, maxScore: null, dateField: 'savedAt', from: null, to: null };

/** The columns the tracker sorts by. */
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

/** The words of a folded text: letters and digits, with the +#. of C++, C#, Node.js inside. */
export function tokenize(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}](?:[\p{L}\p{N}+#]|\.(?=[\p{L}\p{N}]))*/gu) ?? [];
}

/**
 * The in-memory search index of the tracker, built once and updated per changed posting.
 * Row fields (title, company, location, notes, tags, next action) are short: a term matches
 * anywhere in them. Posting texts are long, so they are never scanned: a word index maps every
 * word to the postings that hold it, and a term matches a text when one of its words starts with
 * the term ("kube" finds Kubernetes). Each text is also kept as its sequence of word numbers, so
 * a phrase ("machine learning") is checked as consecutive words in the postings holding all its words.
 */
export class SearchIndex {
  private readonly rowHay = new Map<string, string>();
  /** id -> its slot; a posting indexed again gets a new slot (the old one is emptied). */
  private readonly slotOf = new Map<string, number>();
  /** slot -> the text as word numbers. */
  private readonly seqs: Uint32Array[] = [];
  private readonly wordId = new Map<string, number>();
  private readonly words: string[] = [];
  /** word number -> slots holding it, ascending. */
  private readonly lists: number[][] = [];
  /** Word numbers ordered by their word, for prefix lookups; rebuilt when new words arrive. */
  private byWord: number[] = [];
  private sorted = true;

  /** Index (or re-index) a row's own fields. */
  setRow(row: PostingSummary): void {
    this.rowHay.set(row.id, foldText([row.title, row.company, row.location, row.notes, row.tags.join(' '), row.nextAction?.note].filter(Boolean).join('\n')));
  }

  /** Index a posting's text. */
  setText(id: string, text: string): void {
    const tokens = tokenize(foldText(text));
    const slot = this.seqs.length;
    const old = this.slotOf.get(id);
    if (old != null) this.seqs[old] = EMPTY;
    const seq = new Uint32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!;
      let n = this.wordId.get(word);
      if (n == null) {
        n = this.words.length;
        this.wordId.set(word, n);
        this.words.push(word);
        this.lists.push([]);
        this.byWord.push(n);
        this.sorted = false;
      }
      seq[i] = n;
      const list = this.lists[n]!;
      if (list[list.length - 1] !== slot) list.push(slot);
    }
    this.seqs.push(seq);
    this.slotOf.set(id, slot);
  }

  remove(id: string): void {
    this.rowHay.delete(id);
    const slot = this.slotOf.get(id);
    if (slot != null) this.seqs[slot] = EMPTY;
    this.slotOf.delete(id);
  }

  /** How many texts are indexed (the page says "searching titles only" until all are). */
  get textCount(): number {
    return this.slotOf.size;
  }

  /** Word numbers of the words starting with `prefix`, marked in a byte array. */
  private prefixWords(prefix: string): Uint8Array {
    if (!this.sorted) {
      this.byWord.sort((a, b) => (this.words[a]! < this.words[b]! ? -1 : 1));
      this.sorted = true;
    }
    const marks = new Uint8Array(this.words.length);
    let lo = 0;
    let hi = this.byWord.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[this.byWord[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.byWord.length && this.words[this.byWord[i]!]!.startsWith(prefix); i++) marks[this.byWord[i]!] = 1;
    return marks;
  }

  /** Slots whose text matches a term: a word prefix, or a phrase (whole words, the last one a prefix). */
  private termSlots(term: string): Uint8Array {
    const marks = new Uint8Array(this.seqs.length);
    const words = tokenize(term);
    if (!words.length) return marks; // only punctuation: row fields only
    const last = this.prefixWords(words[words.length - 1]!);
    if (words.length === 1) {
      last.forEach((on, n) => {
        if (on) for (const slot of this.lists[n]!) marks[slot] = 1;
      });
      return marks;
    }
    // Words before the last are whole words (the last may still be being typed).
    const head = words.slice(0, -1).map((w) => this.wordId.get(w));
    if (head.some((n) => n == null)) return marks;
    const first = head[0]!;
    const k = words.length;
    // Candidates: the slots of the rarest whole word; then consecutive words in each sequence.
    const rarest = head.reduce((a, b) => (this.lists[a!]!.length <= this.lists[b!]!.length ? a : b))!;
    for (const slot of this.lists[rarest]!) {
      const seq = this.seqs[slot]!;
      for (let i = 0; i + k <= seq.length; i++) {
        if (seq[i] !== first) continue;
        let ok = true;
        for (let j = 1; j < k - 1 && ok; j++) ok = seq[i + j] === head[j];
        if (ok && last[seq[i + k - 1]!]) {
          marks[slot] = 1;
          break;
        }
      }
    }
    return marks;
  }

  /** A test for "does this posting match every term" (terms from parseQuery), prepared once per search. */
  matcher(terms: string[]): (id: string) => boolean {
    const slots = terms.map((t) => this.termSlots(t));
    return (id) => {
      const row = this.rowHay.get(id) ?? '';
      const slot = this.slotOf.get(id);
      for (let k = 0; k < terms.length; k++) {
        if (!row.includes(terms[k]!) && (slot == null || !slots[k]![slot])) return false;
      }
      return true;
    };
  }

  /** Whether one posting matches every term (a convenience over matcher()). */
  matches(id: string, terms: string[]): boolean {
    return this.matcher(terms)(id);
  }
}

const EMPTY = new Uint32Array(0);

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
  const match = terms.length ? index.matcher(terms) : null;
  const out: PostingSummary[] = [];
  for (const row of rows) {
    if (passes(row, f) && (!match || match(row.id))) out.push(row);
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
