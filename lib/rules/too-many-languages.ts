import type { Rule } from './types';
import { LANGUAGE } from './tech';
import { findAll, slice } from './util';

/** A demand for mastery, not familiarity. */
const MASTERY = /\b(?:expert\w*|mastery|master(?:ed)?\s+(?:of|in)|proficien\w*|fluen\w*|advanced|deep\s+(?:knowledge|experience|expertise)|strong\s+(?:knowledge|experience|expertise|command|skills?))\b/i;
/** Alternatives or examples, not a demand for all of them. */
const ALTERNATIVES = /\b(?:or|one\s+of|any\s+of|either|at\s+least\s+(?:one|two|2)|such\s+as|e\.g\.|for\s+example|like|including|one\s+or\s+more|a\s+plus|preferred|nice\s+to\s+have|bonus)\b/i;
/** "expert in 5+ programming languages". */
const COUNTED =
  /\b(?:expert\w*|mastery|master|proficien\w*|fluen\w*)\s+(?:(?:in|of|with|at)\s+)?(?:at\s+least\s+)?(\d+|five|six|seven|eight|nine|ten)\+?\s+(?:or\s+more\s+)?(?:different\s+)?(?:programming\s+)?languages\b/gi;
const WORDS: Record<string, number> = { five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

export const tooManyLanguages: Rule = {
  id: 'too-many-languages',
  title: 'Too many languages',
  check(ctx) {
    for (const s of findAll(ctx.text, COUNTED, 0)) {
      const n = /\d+|five|six|seven|eight|nine|ten/i.exec(slice(ctx, s))?.[0] ?? '0';
      if ((WORDS[n.toLowerCase()] ?? Number(n)) >= 5 && ctx.sectionAt(s.start) !== 'preferred') {
        return { why: `The posting asks for "${slice(ctx, s)}"; few people master that many.`, evidence: [s] };
      }
    }
    for (const sent of ctx.sentences) {
      if (sent.end - sent.start > 600 || ctx.sectionAt(sent.start) === 'preferred') continue;
      const text = slice(ctx, sent);
      if (!MASTERY.test(text) || ALTERNATIVES.test(text)) continue;
      const langs = findAll(text, LANGUAGE);
      const names = new Set(langs.map((l) => text.slice(l.start, l.end)));
      if (names.size < 5) continue;
      return {
        why: `The posting demands expert command of ${names.size} programming languages (${[...names].join(', ')}) at once.`,
        evidence: langs.map((l) => ({ start: sent.start + l.start, end: sent.start + l.end })),
      };
    }
    return null;
  },
  examples: {
    flag: [
      'Software Engineer\nRequirements:\nExpert in Java, Python, Go, Rust and C++.',
      'Backend Engineer\nYou must have mastery of 6 programming languages.',
      'Platform Engineer\nDeep expertise in Scala, Kotlin, Ruby, PHP, Haskell and Elixir is required.',
    ],
    pass: [
      'Backend Engineer\nExpert in one of Java, Python, Go, Rust or C++.',
      'Software Engineer\nProficient in 2 languages, ideally Python and Go.',
      'Full Stack Developer\nWe use Java, Python, Go, Rust and TypeScript across teams; you will learn some.',
      'Developer\nStrong Python skills; exposure to Go.',
    ],
  },
};
