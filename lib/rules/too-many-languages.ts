import type { Span } from '../types';
import type { Rule, RuleContext, RuleHit } from './types';
import { LANGUAGE } from './tech';
import { findAll, slice } from './util';

/** A demand for mastery, not familiarity. */
const MASTERY = /\b(?:expert\w*|mastery|master(?:ed)?\s+(?:of|in)|proficien\w*|fluen\w*|advanced|deep\s+expertise|in[- ]depth\s+(?:knowledge|expertise))\b/i;
/** Alternatives or examples, not a demand for all of them. */
const ALTERNATIVES = /\b(?:or|one\s+of|any\s+of|either|at\s+least\s+(?:one|two|2)|such\s+as|e\.g\.|for\s+example|like|including|one\s+or\s+more|a\s+plus|preferred|nice\s+to\s+have|bonus)\b/i;
/** "expert in 5+ programming languages". */
const COUNTED =
  /\b(?:expert\w*|mastery|master|proficien\w*|fluen\w*)(?:[- ]level)?\s+(?:(?:knowledge|command|proficiency|skills?|experience)\s+)?(?:(?:in|of|with|at)\s+)?(?:at\s+least\s+)?(\d+|five|six|seven|eight|nine|ten)\+?\s+(?:or\s+more\s+)?(?:different\s+)?(?:programming\s+)?languages\b/gi;
const WORDS: Record<string, number> = { five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Expert level, not just "strong": what one bullet per language must say to add up. */
const STRICT = /\b(?:expert\w*|mastery|master(?:ed)?\s+(?:of|in)|fluen\w*|advanced|deep\s+expertise)\b/i;

/** Sections where a sentence is a demand (not a wish, a perk or the company's story). */
const ASKS = new Set(['required', 'responsibilities', 'other']);

function hit(ctx: RuleContext, langs: Span[], names: Set<string>): RuleHit {
  return {
    why: `The posting demands expert command of ${names.size} programming languages (${[...names].join(', ')}) at once.`,
    evidence: langs,
  };
}

/** Mastery or expert level demanded in 5 or more programming languages. */
export const tooManyLanguages: Rule = {
  id: 'too-many-languages',
  title: 'Too many languages',
  check(ctx) {
    for (const s of findAll(ctx.text, COUNTED, 0)) {
      const n = /\d+|five|six|seven|eight|nine|ten/i.exec(slice(ctx, s))?.[0] ?? '0';
      if ((WORDS[n.toLowerCase()] ?? Number(n)) >= 5 && ASKS.has(ctx.sectionAt(s.start))) {
        return { why: `The posting asks for "${slice(ctx, s)}"; few people master that many.`, evidence: [s] };
      }
    }
    // One sentence naming 5+ languages under a mastery cue, or 5+ bullets each demanding expertise.
    const bullets = new Map<string, Span>();
    for (const sent of ctx.sentences) {
      if (sent.end - sent.start > 600 || !ASKS.has(ctx.sectionAt(sent.start))) continue;
      const text = slice(ctx, sent);
      if (!MASTERY.test(text) || ALTERNATIVES.test(text)) continue;
      const langs = findAll(text, LANGUAGE).map((l) => ({ start: sent.start + l.start, end: sent.start + l.end }));
      const names = new Set(langs.map((l) => slice(ctx, l)));
      if (names.size >= 5) return hit(ctx, langs, names);
      if (STRICT.test(text)) for (const l of langs) if (!bullets.has(slice(ctx, l))) bullets.set(slice(ctx, l), l);
    }
    if (bullets.size >= 5) return hit(ctx, [...bullets.values()], new Set(bullets.keys()));
    return null;
  },
  examples: {
    flag: [
      'Software Engineer\nRequirements:\nExpert in Java, Python, Go, Rust and C++.',
      'Backend Engineer\nYou must have mastery of 6 programming languages.',
      'Platform Engineer\nDeep expertise in Scala, Kotlin, Ruby, PHP, Haskell and Elixir is required.',
      'Engineer\nRequirements:\n- Expert Java\n- Expert Python\n- Expert Go\n- Expert Rust\n- Expert C++',
    ],
    pass: [
      'Backend Engineer\nExpert in one of Java, Python, Go, Rust or C++.',
      'Software Engineer\nProficient in 2 languages, ideally Python and Go.',
      'Full Stack Developer\nWe use Java, Python, Go, Rust and TypeScript across teams; you will learn some.',
      'Developer\nStrong Python skills; exposure to Go.',
      'Backend Engineer\nStrong experience with Java, Kotlin, Scala, Python and Go services.',
      'Engineer\n- Strong Java\n- Strong Python\n- Strong Go\n- Strong Rust\n- Strong C++',
    ],
  },
};
