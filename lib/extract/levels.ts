/**
 * Which cue governs each item (skill hit or years figure) in one sentence: the nearest applicable
 * modal cue, else the nearest descriptor, where "applicable" follows the cue's scope through
 * clauses (";", "but"), parentheses and comma-separated lists.
 */
import { CUES, type Cue, type CueLabel, type CueTier } from './cues';

export interface Item {
  /** offsets relative to the sentence */
  start: number;
  end: number;
}

export interface CueHit {
  cue: Cue;
  start: number;
  end: number;
}

export interface Governing {
  label: CueLabel;
  tier: CueTier;
  reason: string;
  strong: boolean;
  /** relative span of the cue words */
  start: number;
  end: number;
}

const HARD = /;|\bbut\b|\bhowever\b|\balthough\b|\bwhereas\b|\bthough\b|\bwhile\b/gi;
const CONNECTOR = /^(?:[\s,/&]|and\/or\b|and\b|or\b|as\s+well\s+as\b|plus\b|e\.g\.|i\.e\.|etc\.?|such\s+as\b|including\b|like\b|either\b|any\s+of\b|one\s+of\b|\(|\)|\.)+/i;

/** All cue matches in a sentence, with cues overlapping a negation dropped. */
export function findCues(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(sentence); m; m = cue.re.exec(sentence)) {
      if (m[0].length === 0) {
        cue.re.lastIndex++;
        continue;
      }
      // trim leading whitespace the optional groups let in
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      if (cue.label !== 'negated' && hits.some((h) => h.cue.label === 'negated' && start < h.end && end > h.start)) continue;
      // a later, weaker pattern over the same words as an earlier one adds nothing
      if (hits.some((h) => start >= h.start && end <= h.end)) continue;
      hits.push({ cue, start, end });
    }
  }
  return hits;
}

interface Layout {
  clauses: [number, number][];
  /** outermost parenthesis groups [open, close] (close exclusive, after ')') */
  parens: [number, number][];
  /** comma chunks at depth 0, per clause */
  chunks: [number, number][];
}

/** A spaced dash between two named things: "Proficiency with containerization - Docker preferred". */
const DASH = /(?<=\S)\s[-–—]\s(?=\S)/g;

function layout(s: string, items: Item[] = []): Layout {
  const clauses: [number, number][] = [];
  let c0 = 0;
  const cuts: [number, number][] = [];
  HARD.lastIndex = 0;
  for (let m = HARD.exec(s); m; m = HARD.exec(s)) cuts.push([m.index, m.index + m[0].length]);
  // a dash separates clauses only when items stand on both sides ("Required - Python" stays one)
  if (items.length > 1) {
    DASH.lastIndex = 0;
    for (let m = DASH.exec(s); m; m = DASH.exec(s)) {
      const at = m.index;
      if (items.some((i) => i.end <= at) && items.some((i) => i.start >= at + m![0].length)) cuts.push([at, at + m[0].length]);
    }
    cuts.sort((a, b) => a[0] - b[0]);
  }
  for (const [a, b] of cuts) {
    if (a < c0) continue;
    clauses.push([c0, a]);
    c0 = b;
  }
  clauses.push([c0, s.length]);
  const parens: [number, number][] = [];
  const chunks: [number, number][] = [];
  let depth = 0;
  let open = -1;
  let chunkStart = 0;
  let ci = 0;
  for (let i = 0; i <= s.length; i++) {
    const clause = clauses[ci]!;
    if (i >= clause[1]) {
      chunks.push([chunkStart, clause[1]]);
      if (open >= 0) parens.push([open, clause[1]]);
      depth = 0;
      open = -1;
      ci++;
      if (ci >= clauses.length) break;
      chunkStart = clauses[ci]![0];
      i = chunkStart - 1;
      continue;
    }
    const ch = s[i];
    if (ch === '(' || ch === '[') {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === ')' || ch === ']') && depth > 0) {
      depth--;
      if (depth === 0) {
        parens.push([open, i + 1]);
        open = -1;
      }
    } else if (ch === ',' && depth === 0) {
      chunks.push([chunkStart, i]);
      chunkStart = i + 1;
    }
  }
  return { clauses, parens, chunks };
}

/** Governing cue for each item, or null (section default applies). */
export function governItems(sentence: string, items: Item[], cues: CueHit[] = findCues(sentence)): (Governing | null)[] {
  if (!cues.length) return items.map(() => null);
  const L = layout(sentence, items);
  const starts = new Set(items.map((i) => i.start));
  const ends = new Set(items.map((i) => i.end));
  // position -> clause / paren / chunk index, built once (units are short, <= 600 chars)
  const posIndex = (ranges: [number, number][]): Int32Array => {
    const a = new Int32Array(sentence.length + 1).fill(-1);
    ranges.forEach(([x, y], i) => {
      for (let p = x; p < Math.max(y, x + 1) && p <= sentence.length; p++) if (a[p] === -1) a[p] = i;
    });
    return a;
  };
  const clauseIx = posIndex(L.clauses);
  const parenIx = posIndex(L.parens);
  const chunkIx = posIndex(L.chunks);
  const at = (a: Int32Array, p: number) => (p >= 0 && p < a.length ? a[p]! : -1);
  const clauseOf = (p: number) => at(clauseIx, p);
  const parenOf = (p: number) => at(parenIx, p);
  const chunkOf = (p: number) => at(chunkIx, p);
  const memo = (f: (k: number) => boolean) => {
    const m = new Map<number, boolean>();
    return (k: number) => {
      let v = m.get(k);
      if (v === undefined) m.set(k, (v = f(k)));
      return v;
    };
  };

  const startsWithItem = memo((k: number): boolean => {
    const [a, b] = L.chunks[k]!;
    const m = CONNECTOR.exec(sentence.slice(a, b));
    return starts.has(a + (m ? m[0].length : 0));
  });
  const endsWithItem = memo((k: number): boolean => {
    const [a, b] = L.chunks[k]!;
    let e = b;
    while (e > a && /[\s.:!?]/.test(sentence[e - 1]!)) e--;
    if (sentence[e - 1] === ')') {
      const p = parenOf(e - 1);
      if (p >= 0) e = L.parens[p]![0];
      while (e > a && /\s/.test(sentence[e - 1]!)) e--;
    }
    return ends.has(e);
  });
  const onlyItems = memo((k: number): boolean => {
    const [a, b] = L.chunks[k]!;
    let rest = '';
    let pos = a;
    for (const it of items) {
      if (it.start >= a && it.end <= b && it.start >= pos) {
        rest += sentence.slice(pos, it.start);
        pos = it.end;
      }
    }
    rest += sentence.slice(pos, b);
    return rest.replace(/\b(?:and|or|and\/or|as well as|etc|e\.g|i\.e|such as|including|plus)\b|[\s,/&().:+-]/gi, '') === '';
  });

  const cueOnly = (k: number, c: CueHit): boolean => {
    const [a, b] = L.chunks[k]!;
    return (sentence.slice(a, c.start) + sentence.slice(c.end, b)).replace(/[\s,.:;!?()-]|\b(?:and|or|also|is|are|a|an)\b/gi, '') === '';
  };

  const bothDir = new Map<CueHit, 'left' | 'right' | 'either'>();
  const chunkMemo = new Map<CueHit, { left: number; right: number }>();
  /** the chunk a cue reaches from, per direction, once per cue */
  const cueChunk = (c: CueHit): { left: number; right: number } => {
    let v = chunkMemo.get(c);
    if (v) return v;
    const k = chunkOf(Math.max(c.start, c.end - 1));
    v = { left: k, right: k };
    if (k >= 0 && cueOnly(k, c)) {
      const cl = clauseOf(c.start);
      if (k > 0 && clauseOf(L.chunks[k - 1]![0]) === cl) v.left = k - 1;
      if (k + 1 < L.chunks.length && clauseOf(L.chunks[k + 1]![0]) === cl) v.right = k + 1;
    }
    chunkMemo.set(c, v);
    return v;
  };
  // reach of each cue, as a set of chunk indices plus direction
  return items.map((item) => {
    let best: { g: Governing; dist: number } | null = null;
    const itemClause = clauseOf(item.start);
    const itemParen = parenOf(item.start);
    const itemChunk = chunkOf(item.start);
    for (const c of cues) {
      const dist = applies(c, item);
      if (dist === null) continue;
      const g: Governing = { label: c.cue.label, tier: c.cue.tier, reason: c.cue.reason, strong: !!c.cue.strong, start: c.start, end: c.end };
      if (!best || rank(g.tier) > rank(best.g.tier) || (rank(g.tier) === rank(best.g.tier) && dist < best.dist)) best = { g, dist };
    }
    return best ? best.g : null;

    function applies(c: CueHit, it: Item): number | null {
      if (c.cue.scope === 'span') return it.start >= c.start && it.end <= c.end ? 0 : null;
      if (it.start < c.end && it.end > c.start) return null; // the cue's own words ("C" in "C++ required")
      if (clauseOf(c.start) !== itemClause) return null;
      const cParen = parenOf(c.start);
      if (cParen >= 0) {
        const [po, pc] = L.parens[cParen]!;
        if (itemParen === cParen) return Math.abs(c.start - it.start);
        // "Redis (nice to have)": a paren holding only the cue reaches the item just before it
        const inner = sentence.slice(po + 1, pc - 1).slice(0, c.start - po - 1) + sentence.slice(c.end, pc - 1);
        if (/^[\s,.:;!-]*$/.test(inner) && it.end <= po && chunkOf(po) === itemChunk) return po - it.end;
        return null;
      }
      const dir = direction(c, it);
      // a chunk holding only the cue ("Ideally, you have...", "Kafka, a plus") hands its reach
      // to the neighbouring chunk
      const k = dir === 'left' ? cueChunk(c).left : cueChunk(c).right;
      if (dir === 'left') {
        if (it.end > c.start) return null;
        if (!reachesLeft(k, itemChunk)) return null;
        return c.start - it.end;
      }
      if (dir === 'right') {
        if (it.start < c.end) return null;
        if (!reachesRight(k, itemChunk)) return null;
        return it.start - c.end + (c.cue.scope === 'both' ? 1000 : 0);
      }
      return null;
    }

    function direction(c: CueHit, it: Item): 'left' | 'right' | null {
      const s = c.cue.scope;
      if (s === 'left' || s === 'right') return s;
      const cached = bothDir.get(c);
      if (cached) return cached === 'either' ? (it.start >= c.end ? 'right' : 'left') : cached;
      const d = bothDirection(c);
      bothDir.set(c, d);
      return d === 'either' ? (it.start >= c.end ? 'right' : 'left') : d;
    }
    function bothDirection(c: CueHit): 'left' | 'right' | 'either' {
      // both: clause-initial ("Preferred: X", "Required - X") reaches right; otherwise left,
      // with right as a fallback when nothing on the left is in reach
      const k = chunkOf(c.start);
      const before = sentence.slice(L.chunks[k]?.[0] ?? 0, c.start);
      const initial = /^[\s\W]*$/.test(before) || /:\s*$/.test(before);
      if (initial) return 'right';
      const anyLeft = items.some((x) => x.end <= c.start && reachesLeft(k, chunkOf(x.start)) && clauseOf(x.start) === clauseOf(c.start));
      return anyLeft ? 'left' : 'either';
    }
  });

  function reachesLeft(cueChunk: number, target: number): boolean {
    if (target === cueChunk) return true;
    if (target > cueChunk || target < 0) return false;
    for (let k = cueChunk; k > target; k--) {
      if (!startsWithItem(k) || !endsWithItem(k - 1)) return false;
      if (k - 1 > target && !onlyItems(k - 1)) return false;
    }
    return true;
  }
  function reachesRight(cueChunk: number, target: number): boolean {
    if (target === cueChunk) return true;
    if (target < cueChunk || cueChunk < 0) return false;
    for (let k = cueChunk; k < target; k++) {
      if (!endsWithItem(k) || !startsWithItem(k + 1)) return false;
      if (k + 1 < target && !onlyItems(k + 1)) return false;
    }
    return true;
  }
}

function rank(t: CueTier): number {
  return t === 'modal' ? 1 : 0;
}
