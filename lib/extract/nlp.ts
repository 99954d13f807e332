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
  let budget = 400; // sentences tagged per analysis; beyond it the guard works without tags
  return (start, end) => {
    const si = sentenceIndexAt(sentences, start);
    let from: number;
    let to: number;
    let key: number;
    if (si >= 0 && sentences[si]!.end - sentences[si]!.start <= 400) {
      from = sentences[si]!.start;
      to = sentences[si]!.end;
      key = si;
    } else {
      from = Math.max(0, start - 120);
      to = Math.min(text.length, end + 120);
      while (from > 0 && /\S/.test(text[from - 1]!) && start - from < 160) from--;
      while (to < text.length && /\S/.test(text[to]!) && to - end < 160) to++;
      key = -1 - from;
    }
    let terms = cache.get(key);
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
