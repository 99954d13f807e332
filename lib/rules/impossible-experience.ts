import type { Span } from '../types';
import type { Rule, RuleContext } from './types';
import { YEARS, toNumber } from './experience-years';
import { type Release, releaseAt } from './tech-releases';
import { findAll, slice } from './util';

/** Words allowed between "N years" and the technology: "10+ years of hands-on experience with". */
const FILLER = /^(?:of|with|in|using|on|the|experience|experienced|professional|hands-on|production|commercial|working|work|developing|building|writing|programming|development|coding|engineering|proven|solid|strong|deep|relevant|practical|recent|real-world|industry|exp\.?|minimum|at|least|doing|software)\b/i;
const SEP = /^(?:,\s*(?:and\s+|or\s+)?|\s*\/\s*|\s+(?:and|or|&)\s+)/i;

interface Ask { years: number; tech: Release; span: Span }

/** Technologies named right after (or right before, "Kubernetes: 10 years") a year figure. */
function asks(ctx: RuleContext): Ask[] {
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
    // "Kubernetes: 10+ years", "Swift (15 years)", "Rust - 12 yrs"
    const before = ctx.text.slice(Math.max(0, y.start - 40), y.start);
    const b = /(?:([A-Za-z][\w.+#]*)[ \t]+)?([A-Za-z][\w.+#]*)[ \t]*(?::|-|–|—|\()[ \t]*(?:minimum[ \t]+|min\.?[ \t]+|at[ \t]+least[ \t]+)?$/i.exec(before);
    if (b) {
      const base = y.start - before.length + b.index;
      const pair = b[1] ? `${b[1]} ${b[2]!}` : '';
      const twoRel = pair ? releaseAt(pair) : null;
      const two = twoRel && twoRel.match.exec(pair)![0].length === pair.length ? twoRel : null;
      const one = releaseAt(b[2]!);
      const tech = two ?? one;
      const start = two ? base : base + (b[1] ? b[0].indexOf(b[2]!, b[1].length) : 0);
      if (tech && (two || one!.match.exec(b[2]!)![0].length === b[2]!.length)) {
        out.push({ years, tech, span: { start, end: y.end } });
      }
    }
  }
  return out;
}

/** Builds the rule with an injectable clock, so tests can pin the year. */
export function makeImpossibleExperience(now: () => Date = () => new Date()): Rule {
  return {
    id: 'impossible-experience',
    title: 'Impossible experience',
    check(ctx) {
      const year = now().getFullYear();
      const bad = asks(ctx).filter((a) => a.years > year - a.tech.year);
      if (bad.length === 0) return null;
      const a = bad[0]!;
      return {
        why: `Asks for ${a.years} years of ${a.tech.name}, which was released in ${a.tech.year}: nobody can have more than ${year - a.tech.year}.`,
        evidence: bad.slice(0, 3).map((x) => x.span),
      };
    },
    examples: {
      flag: [
        'DevOps Engineer\nRequirements: 15+ years of experience with Kubernetes.',
        'iOS Developer\nYou have 20 years of professional Swift development.',
        'AI Engineer\nMust have 8 years of hands-on experience with LLMs and Python.',
        'Systems Engineer\nRust: 18+ years required.',
      ],
      pass: [
        'DevOps Engineer\nRequirements: 5+ years of experience with Kubernetes.',
        'Payments Analyst\n25 years of SWIFT messaging and banking experience.',
        'Backend Engineer\n15 years of software experience, including Go and Kubernetes.',
        'Java Developer\n12+ years of Java; Kotlin a plus.',
      ],
    },
  };
}

export const impossibleExperience: Rule = makeImpossibleExperience();
