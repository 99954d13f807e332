/**
 * Year figures asked in a posting (helper, not a rule; the registry test skips it). The analyser's
 * ExperienceFinding is trusted first; this scan is the fallback and gives evidence spans.
 */
import type { Span } from '../types';
import type { RuleContext } from './types';
import { type Release, releaseAt } from './tech-releases';
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
const NOT_EXPERIENCE = /\b(?:old|of\s+age|age|older|in\s+business|founded|history|contract|roadmap|warranty|ago|anniversary|term|guarantee|retention|of\s+service|combined|collective|our\s+(?:team|founders|company)|we\s+have|tenure|pension|vesting|vest|cliff|holiday|leave)\b/i;

/** A parsed number word or digits. */
export function toNumber(s: string): number {
  const n = NUM_WORDS[s.toLowerCase()];
  return n ?? Number(s);
}

/** A year figure asked for: low and high bound, and where it is. */
export interface YearsAsked {
  min: number;
  max: number | null;
  span: Span;
}

/** Year figures that read as experience asked for, in text order. */
export function yearsAsked(ctx: RuleContext): YearsAsked[] {
  const out: YearsAsked[] = [];
  for (const s of findAll(ctx.text, YEARS)) {
    const kind = ctx.sectionAt(s.start);
    if (kind === 'benefits' || kind === 'about') continue; // perks and company history ask nothing
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

/** Words allowed between "N years" and the technology: "10+ years of hands-on experience with". */
const FILLER = /^(?:of|with|in|using|on|the|experience|experienced|professional|hands-on|production|commercial|working|work|developing|building|writing|programming|development|coding|engineering|proven|solid|strong|deep|relevant|practical|recent|real-world|industry|exp\.?|minimum|at|least|doing|software)\b/i;
const SEP = /^(?:,\s*(?:and\s+|or\s+)?|\s*\/\s*|\s+(?:and|or|&)\s+)/i;

/** A number of years asked for a named technology. */
export interface Ask { years: number; tech: Release; span: Span }

/**
 * Technologies named right after (or right before, "Kubernetes: 10 years") a year figure. The
 * analyser's perSkill figures are not used: it spreads "15 years of software experience,
 * including Go" over every listed skill, which would make a false alarm here.
 */
export function techYearsAsked(ctx: RuleContext): Ask[] {
  const out: Ask[] = [];
  for (const y of findAll(ctx.text, YEARS)) {
    const m = new RegExp(YEARS.source, 'i').exec(slice(ctx, y));
    if (!m) continue;
    const years = toNumber(m[1]!);
    let rest = ctx.text.slice(y.end, y.end + 120).split(/[\n.;:(]/)[0] ?? '';
    let at = y.end;
    const take = (n: number) => { rest = rest.slice(n); at += n; };
    for (let guard = 0; guard < 12 && rest.length > 0; guard++) {
      const ws = /^\s*/.exec(rest)![0].length;
      take(ws);
      const f = FILLER.exec(rest);
      if (f) { take(f[0].length); continue; }
      const tech = releaseAt(rest);
      if (!tech) break;
      const len = tech.match.exec(rest)![0].length;
      out.push({ years, tech, span: { start: y.start, end: at + len } });
      take(len);
      const sep = SEP.exec(rest);
      if (!sep) break;
      take(sep[0].length);
    }
    // "Kubernetes: 10+ years", "Swift (15 years)", "Apache Spark - 12 yrs", "Rust 11 years"
    if (/^\s*(?:ago|old)\b/i.test(ctx.text.slice(y.end, y.end + 8))) continue;
    const before = ctx.text.slice(Math.max(0, y.start - 40), y.start);
    const b = /(?:([A-Za-z][\w.+#]*)[ \t]+)?([A-Za-z][\w.+#]*)[ \t]*(?::|-|–|—|\()?[ \t]*(?:minimum[ \t]+|min\.?[ \t]+|at[ \t]+least[ \t]+)?$/i.exec(before);
    const whole = (s: string) => { const r = releaseAt(s); return r && r.match.exec(s)![0].length === s.length ? r : null; };
    const pair = b?.[1] ? whole(`${b[1]} ${b[2]!}`) : null;
    const tech = pair ?? (b ? whole(b[2]!) : null);
    if (b && tech) {
      const start = y.start - before.length + b.index + (pair || !b[1] ? 0 : b[0].indexOf(b[2]!, b[1].length));
      out.push({ years, tech, span: { start, end: y.end } });
    }
  }
  return out;
}
