/**
 * Small pure helpers shared by the rule files (not a rule; the registry test skips it).
 * Every regex used with these helpers must be linear: no nested quantifiers, bounded gaps.
 */
import type { Span } from '../types';
import type { RuleContext } from './types';

/** Matches of a global regex as spans, at most `limit` (empty matches are skipped: no infinite loop). */
export function findAll(text: string, re: RegExp, group = 0, limit = 200): Span[] {
  const flags = re.flags.includes('g') ? re.flags : re.flags + 'g';
  const g = new RegExp(re.source, flags);
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const sub = m[group] ?? m[0];
    const at = group === 0 ? m.index : m.index + m[0].indexOf(sub);
    out.push({ start: at, end: at + sub.length });
    if (out.length >= limit) break; // a hostile text cannot make a rule quadratic
  }
  return out;
}

/** The first match of a regex in text, as a span, or null. */
export function findFirst(text: string, re: RegExp): Span | null {
  const m = new RegExp(re.source, re.flags.replace('g', '')).exec(text);
  return m && m[0].length > 0 ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Index of the sentence that holds an offset (binary search; sentences are in text order), or -1. */
export function sentenceIndex(ctx: RuleContext, offset: number): number {
  const list = ctx.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence span that holds an offset (falls back to the line around it). */
export function sentenceAt(ctx: RuleContext, offset: number): Span {
  const i = sentenceIndex(ctx, offset);
  if (i >= 0) return ctx.sentences[i]!;
  const text = ctx.text;
  const a = text.lastIndexOf('\n', offset - 1) + 1;
  const b = text.indexOf('\n', offset);
  return { start: a, end: b < 0 ? text.length : b };
}

/** The sentence around a span, clipped to `radius` characters on each side (run-on text stays local). */
export function around(ctx: RuleContext, s: Span, radius = 200): string {
  const sent = sentenceAt(ctx, s.start);
  return ctx.text.slice(Math.max(sent.start, s.start - radius), Math.min(sent.end, s.end + radius));
}

/** The line around a span, clipped to `radius` characters on each side. */
export function lineWindow(text: string, s: Span, radius: number): string {
  const from = Math.max(text.lastIndexOf('\n', s.start - 1) + 1, s.start - radius);
  const nl = text.indexOf('\n', s.end);
  return text.slice(from, Math.min(nl < 0 ? text.length : nl, s.end + radius));
}

/** The text of a span. */
export function slice(ctx: RuleContext, s: Span): string {
  return ctx.text.slice(s.start, s.end);
}

/** The span of the title inside the text (first occurrence), or null. */
export function titleSpan(ctx: RuleContext): Span | null {
  const t = ctx.title?.trim();
  if (!t) return null;
  const at = ctx.text.indexOf(t);
  return at >= 0 ? { start: at, end: at + t.length } : null;
}

/** The first non-empty line, trimmed, as a span (never empty unless the text is blank). */
export function firstLine(text: string): Span {
  const m = /\S[^\n]*/.exec(text);
  if (!m) return { start: 0, end: Math.min(1, text.length) };
  return { start: m.index, end: m.index + m[0].trimEnd().length };
}

/** The title as text: ctx.title, else a short first line ('' when that line is prose). */
export function titleText(ctx: RuleContext): string {
  if (ctx.title?.trim()) return ctx.title;
  const f = firstLine(ctx.text);
  return f.end - f.start > 150 ? '' : ctx.text.slice(f.start, f.end);
}

/** Evidence for the title: its span in the text, else the first line. */
export function titleEvidence(ctx: RuleContext): Span {
  return titleSpan(ctx) ?? firstLine(ctx.text);
}

const WORD = /[\p{L}\p{N}_]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * Whether a match starts and ends at word edges. Scraped postings often glue bullets together
 * ("prospectsCompetitive remuneration", "ExperienceOfficial"), so a lower-to-upper case change
 * counts as an edge too, which a plain \b cannot express.
 */
export function atWordEdges(text: string, s: Span): boolean {
  const a = text[s.start - 1] ?? ' ';
  const b = text[s.start] ?? ' ';
  const y = text[s.end - 1] ?? ' ';
  const z = text[s.end] ?? ' ';
  const left = !WORD.test(a) || !WORD.test(b) || (LOWER.test(a) && UPPER.test(b)) || (/\d/.test(a) !== /\d/.test(b));
  const right = !WORD.test(z) || !WORD.test(y) || (LOWER.test(y) && UPPER.test(z)) || (/\d/.test(y) !== /\d/.test(z));
  return left && right;
}

/** Like findAll, for patterns written without outer \b: keeps matches at word edges only. */
export function findWords(text: string, re: RegExp, limit = 200): Span[] {
  return findAll(text, re, 0, limit * 4).filter((s) => atWordEdges(text, s)).slice(0, limit);
}

/** A case-insensitive global regex from alternatives, their outer \b removed (use findWords). */
export function alternatives(list: string[]): RegExp {
  return new RegExp(list.map((p) => p.replace(/^\\b/, '').replace(/\\b$/, '')).join('|'), 'gi');
}
