import type { Rule } from './types';
import { alternatives, findWords, slice } from './util';

/** Work without a wage: unpaid internships or trials, commission-only or equity-only pay. */
const UNPAID = alternatives([
    String.raw`\bunpaid\s+(?:internship|intern|trial|test|task|assignment|work|position|role|project|placement|training|probation)s?\b`,
    String.raw`\b(?:internship|position|role|trial(?:\s+period)?|training(?:\s+period)?)\s+(?:is\s+)?unpaid\b`,
    String.raw`\bcommission[- ]only\b`,
    String.raw`\b(?:salary|pay|stipend|compensation|remuneration)\s*(?::|-|–|is)?\s*(?:unpaid|none|nil)\b`,
    String.raw`\b(?:100\s?%|purely|solely|straight)\s+commission(?:[- ]based)?\b`,
    String.raw`\bcommission[- ]based\s+(?:only|pay|compensation|position|role)\b`,
    String.raw`\bno\s+base\s+(?:salary|pay)\b`,
    String.raw`\b(?:equity|stock)[- ]only\s+(?:compensation|pay|role|position)\b`,
    String.raw`\b(?:this\s+is\s+an?\s+(?:unpaid\s+)?)volunteer\s+(?:position|role|opportunity)\b`,
  ],
);

/** "not an unpaid internship", "never unpaid": a denial, not a flag. */
const DENIED = /\b(?:not|never|no|isn't|aren't|nor)\s+(?:an?\s+|the\s+)?$/i;

/** Unpaid trial work, an unpaid internship, or commission-only pay. */
export const unpaidOrCommissionOnly: Rule = {
  id: 'unpaid-or-commission-only',
  title: 'Unpaid or commission-only',
  check(ctx) {
    const hits = findWords(ctx.text, UNPAID).filter(
      (s) => !DENIED.test(ctx.text.slice(Math.max(0, s.start - 20), s.start)),
    );
    if (hits.length === 0) return null;
    return {
      why: `The posting says "${slice(ctx, hits[0]!)}": you may work without a guaranteed wage.`,
      evidence: hits.slice(0, 3),
    };
  },
  examples: {
    flag: [
      'Marketing Intern\nThis is an unpaid internship for 3 months.',
      'Sales Representative\nCommission-only role with uncapped earnings.',
      'Developer\nCandidates complete an unpaid trial project of two weeks before an offer.',
      'Account Executive\nPay is 100% commission, no base salary.',
    ],
    pass: [
      'Account Executive\nBase salary of $60,000 plus commission.',
      'Software Intern\nThis is a paid internship: $30 per hour.',
      'Sales Associate\nCommission plus base, with quarterly bonuses.',
      'Design Intern\nThis is not an unpaid internship; interns earn $25/hour.',
      'Nurse\nBenefits: parental leave, and leave without pay for study. Pay: $40/hour.',
    ],
  },
};
