/**
 * The one door to compromise. Tagging a whole posting costs ~30 ms per 1,000 words
 * (../shared/notes/compromise.md §5), so only the few sentences that hold an ambiguous skill
 * word ("Go", "Swift", "Spring", "Rust") are tagged, once each, on demand.
 */
import nlp from 'compromise/two';
import type { Span } from '../types';
import { sentenceIndexAt } from './segment';

interface TaggedTerm {
  start: number;
  end: number;
  tags: string[];
}

/** Part-of-speech tags of the terms of one stretch of text, with absolute offsets. */
export function tagSpan(text: string, start: number, end: number): TaggedTerm[] {
  const piece = text.slice(start, end);
  const out: TaggedTerm[] = [];
  try {
    const doc = nlp(piece);
    doc.compute('offset');
    const docs = (doc as unknown as { docs: { offset?: { start: number; length: number }; tags?: Set<string> }[][] }).docs;
    for (const terms of docs) {
      for (const t of terms) {
        if (!t.offset || t.offset.length === 0) continue;
        out.push({ start: start + t.offset.start, end: start + t.offset.start + t.offset.length, tags: t.tags ? [...t.tags] : [] });
      }
    }
  } catch {
    // compromise failing on odd input must not break the analysis: no tags, the guard decides alone
  }
  return out;
}

/**
 * A `tagsAt(start, end)` for lib/skills' ambiguity guard: the union of tags of the terms the span
 * covers. Each sentence is tagged at most once; long sentences are tagged in a window around the hit.
 */
export function createTagsAt(text: string, sentences: Span[]): (start: number, end: number) => string[] {
  const cache = new Map<number, TaggedTerm[]>();
  // windows tagged per analysis (~0.3-1 ms each): a few per 1,000 words is the normal case; past
  // the budget the guard decides on its own string rules, so hostile text cannot make this slow
  let budget = Math.min(40, 12 + Math.floor(text.length / 1000));
  return (start, end) => {
    const quick = obviousNoun(text, start, end);
    if (quick) return quick;
    // a few words either side are enough context for the POS guard, and tagging cost grows with
    // length (~0.02 ms per word), so tag a small window inside the sentence, not the sentence
    const si = sentenceIndexAt(sentences, start);
    const sent = si >= 0 ? sentences[si]! : { start: 0, end: text.length };
    let from = Math.max(sent.start, start - 28);
    let to = Math.min(sent.end, end + 28);
    while (from > sent.start && /\S/.test(text[from - 1]!) && start - from < 50) from--;
    while (to < sent.end && /\S/.test(text[to]!) && to - end < 50) to++;
    const key = from * 2 + (si >= 0 ? 0 : 1);
    let terms = cache.get(key);
    if (!terms) {
      // reuse a window already tagged that covers this hit
      for (const [, t] of cache) if (t.length && t[0]!.start <= start && t[t.length - 1]!.end >= end && t.some((x) => x.start <= start && x.end >= end)) {
        terms = t;
        break;
      }
    }
    if (!terms) {
      if (budget-- <= 0) return [];
      terms = tagSpan(text, from, to);
      cache.set(key, terms);
    }
    const tags = new Set<string>();
    for (const t of terms) if (t.start < end && t.end > start) for (const g of t.tags) tags.add(g);
    return [...tags];
  };
}

const NOUN_TAGS = ['Noun', 'ProperNoun', 'Singular'];
const LIST_BEFORE = /(?:[,/(|•·*:]|\b(?:and|or|in|with|using|of|like|e\.g\.|i\.e\.|including|such as|especially|preferably|ideally|plus)|\b(?:strong|solid|proficient|experienced|expert|expertise|knowledge|experience|proficiency|familiarity|background|skills?))\s*$/i;
const LIST_AFTER = /^\s*(?:[,/)|;]|(?:and|or|experience|developers?|engineers?|programming|language|code|services?|applications?|apps?|skills?|knowledge|expertise|framework|stack|backend|development)\b)/i;

/**
 * Context that settles the part of speech without the tagger: a capitalised word inside a list or
 * after "in/with/using" ("Java, Go and Rust", "services in Go") is a noun. Saves ~0.3-1 ms per hit.
 */
function obviousNoun(text: string, start: number, end: number): string[] | null {
  if (!/^[\p{Lu}]/u.test(text[start] ?? '')) return null;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (/^\s*(?:to|the|a|an|it|up|down|out|back|ahead|away|through|into|on|off|for|with|over)\b/i.test(after) && !/[,/(]\s*$/.test(before)) return null;
  if (LIST_BEFORE.test(before) || LIST_AFTER.test(after)) return NOUN_TAGS;
  if (/(?:^|\n)\s*(?:[-*•·]\s*)?$/.test(before) && /^\s*(?:\n|$|[,:;(])/.test(after)) return NOUN_TAGS; // alone on its line
  return null;
}
