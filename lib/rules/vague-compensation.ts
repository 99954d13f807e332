import type { Rule } from './types';
import { payFigures, vaguePayPhrases } from './pay';
import { slice } from './util';

/** Pay described only in words ("competitive", "DOE"); with a figure anywhere it is not vague. */
export const vagueCompensation: Rule = {
  id: 'vague-compensation',
  title: 'Vague compensation',
  check(ctx) {
    if (payFigures(ctx).length > 0) return null;
    const phrases = vaguePayPhrases(ctx);
    if (phrases.length === 0) return null;
    return {
      why: `Pay is only described as "${slice(ctx, phrases[0]!)}", with no figure or range to compare.`,
      evidence: phrases,
    };
  },
  examples: {
    flag: [
      'Frontend Developer\nWe offer a competitive salary and equity.\nReact and TypeScript required.',
      'Java Engineer\nSalary: DOE\nSpring Boot, Kafka.',
      'Data Analyst\nCompensation commensurate with experience. SQL and Tableau.',
      'Sales Engineer\nSalary: negotiable. Travel 30%.',
    ],
    pass: [
      'Backend Engineer\nCompetitive salary: $120k-$140k plus equity. Go and Postgres.',
      'DevOps Engineer\nWe move fast and value fast delivery. Terraform and AWS.',
      'QA Engineer\nBenefits: competitive benefits, health insurance. Cypress.',
      'Support Engineer\nPay: £28 per hour, depending on experience. Linux.',
    ],
  },
};
