import type { Rule } from './types';
import { techYearsAsked } from './experience-years';

/** Builds the rule with an injectable clock, so tests can pin the year. */
export function makeImpossibleExperience(now: () => Date = () => new Date()): Rule {
  return {
    id: 'impossible-experience',
    title: 'Impossible experience',
    check(ctx) {
      const year = now().getFullYear();
      const bad = techYearsAsked(ctx).filter((a) => a.years > year - a.tech.year);
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

/** Years asked for a technology beyond its age, by the real clock. */
export const impossibleExperience: Rule = makeImpossibleExperience();
