/**
 * Year figures asked in a posting (helper, not a rule; the registry test skips it). The analyser's
 * ExperienceFinding is trusted first; this scan is the fallback and gives evidence spans.
 */
import type { Span } from '../types';
import type { RuleContext } from './types';
import { findAll, sentenceAt, slice } from './util';

const NUM_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20,
};
const NUM = String.raw`(?:\d{1,2}(?:\.\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)`;
/** "3+ years", "3-5 yrs", "five years", "0 to 1 year". Group 1 = the low figure, 2 = the high one. */
export const YEARS = new RegExp(
  String.raw`\b(${NUM})\s*\+?\s*(?:(?:-|–|to)\s*(${NUM})\s*\+?\s*)?(?:\(\d+\)\s*)?(?:years?|yrs?)\b`,
  'gi',
);
/** Figures that are not experience: ages, company history, contract length. */
const NOT_EXPERIENCE = /\b(?:old|of\s+age|age|older|in\s+business|founded|history|contract|roadmap|warranty|ago|anniversary|term|guarantee|retention)\b/i;

/** A parsed number word or digits. */
export function toNumber(s: string): number {
  const n = NUM_WORDS[s.toLowerCase()];
  return n ?? Number(s);
}

export interface YearsAsked {
  min: number;
  max: number | null;
  span: Span;
}

/** Year figures that read as experience asked for, in text order. */
export function yearsAsked(ctx: RuleContext): YearsAsked[] {
  const out: YearsAsked[] = [];
  for (const s of findAll(ctx.text, YEARS)) {
    const sent = sentenceAt(ctx, s.start);
    const around = ctx.text.slice(Math.max(sent.start, s.start - 60), Math.min(sent.end, s.end + 60));
    if (NOT_EXPERIENCE.test(around)) continue;
    if (!/\b(?:experience|experienced|background|track record|working|professional|industry|hands-on|of\s+\w+)\b/i.test(around)) continue;
    const m = new RegExp(YEARS.source, 'i').exec(slice(ctx, s));
    if (!m) continue;
    out.push({ min: toNumber(m[1]!), max: m[2] ? toNumber(m[2]) : null, span: s });
    if (out.length > 50) break;
  }
  return out;
}
