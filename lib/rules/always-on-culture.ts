import type { Rule } from './types';
import { alternatives, findWords, slice } from './util';

/** Phrases that promise unbounded hours on their own. */
const ALWAYS_ON = alternatives([
    String.raw`\bwork\s+hard,?\s+(?:and\s+)?play\s+hard\b`,
    String.raw`\bwhatever\s+it\s+takes\b`,
    String.raw`\b(?:late\s+)?nights\s+and\s+weekends\b`,
    String.raw`\bafter[- ]hours,?\s+(?:and|&)\s+(?:on\s+)?weekends\b`,
    String.raw`\b(?:weekends?|evenings?(?:\s+and\s+weekends)?)\s+(?:as|when|if)\s+(?:needed|required|necessary)\b`,
    String.raw`\blong\s+(?:hours|days)\b`,
    String.raw`\bwork(?:ing)?\s+(?:\w+\s+)?(?:around|round)\s+the\s+clock\b`,
    String.raw`\bwork(?:ing)?\s+(?:\w+\s+)?(?:7|seven)\s+days\s+a\s+week\b`,
    String.raw`\b(?:[5-9]\d|1[0-9]\d)\+?\s*(?:-\s*\d+\s*)?(?:hours?|hrs?)\s+(?:a|per|each)\s+week\b`,
    String.raw`\b(?:not|no|isn't)\s+a\s+9[- ]to[- ]5\b`,
    String.raw`\balways[- ]on\s+(?:culture|mentality|mindset|availability)\b`,
    String.raw`\bhustle\s+(?:culture|mentality|mindset)\b`,
  ],
);
const HATS = /wear(?:ing)?\s+(?:many|multiple|lots\s+of|a\s+lot\s+of|several|all\s+the|different)\s+hats/gi;
const FAST = /fast[- ](?:paced|moving)|high[- ]pressure/gi;
/** "no nights and weekends", "we protect your weekends": the opposite promise. */
const DENIED = /\b(?:no|not|never|without|protect\w*|respect\w*|free|off|avoid\w*|don't|won't)\s+(?:\w+\s+){0,2}$/i;

/** Unbounded hours: "work hard, play hard", nights and weekends, many hats in a fast-paced team. */
export const alwaysOnCulture: Rule = {
  id: 'always-on-culture',
  title: 'Always-on culture',
  check(ctx) {
    const keep = (s: { start: number; end: number }) =>
      !DENIED.test(ctx.text.slice(Math.max(0, s.start - 30), s.start));
    const evidence = findWords(ctx.text, ALWAYS_ON).filter(keep);
    const hats = findWords(ctx.text, HATS).filter(keep);
    const fast = findWords(ctx.text, FAST);
    if (hats.length > 0 && fast.length > 0) evidence.push(hats[0]!, fast[0]!);
    if (evidence.length === 0) return null;
    evidence.sort((a, b) => a.start - b.start);
    return {
      why: `The posting expects hours without limits: it says "${slice(ctx, evidence[0]!)}".`,
      evidence: evidence.slice(0, 4),
    };
  },
  examples: {
    flag: [
      'Founding Engineer\nWe work hard and play hard. React and Node.',
      'Growth Marketer\nYou do whatever it takes to hit the number.',
      'Backend Engineer\nExpect nights and weekends before launches.',
      'Startup Generalist\nA fast-paced team where you wear many hats.',
    ],
    pass: [
      'Backend Engineer\nWe value fast delivery and a sustainable pace. Go.',
      'Data Engineer\nA fast-paced environment with 35-hour weeks. Spark.',
      'Frontend Engineer\nNo nights and weekends: we protect your time. React.',
      'Office Manager\nYou will wear many hats in a calm, friendly office.',
    ],
  },
};
