import type { Rule } from './types';
import { payFigures, vaguePayPhrases } from './pay';
import { firstLine, titleSpan } from './util';

/** No pay figure anywhere. Vague wording ("competitive") is vague-compensation's job instead. */
export const noSalary: Rule = {
  id: 'no-salary',
  title: 'No salary given',
  check(ctx) {
    if (payFigures(ctx).length > 0 || vaguePayPhrases(ctx).length > 0) return null;
    // There are no words to point at: show the benefits heading, else the title, else line 1.
    const benefits = ctx.sections.find((s) => s.kind === 'benefits' && s.heading)?.heading;
    const evidence = benefits ?? titleSpan(ctx) ?? firstLine(ctx.text);
    if (evidence.end <= evidence.start) return null;
    return {
      why: 'This posting gives no pay figure at all, so you cannot tell whether it meets your floor before applying.',
      evidence: [evidence],
    };
  },
  examples: {
    flag: [
      'Backend Engineer\nWe build APIs in Go and Postgres.\nRequirements: 3+ years of Go.',
      'Data Analyst\nBenefits: health insurance, 401(k), free lunch.\nYou know SQL and Tableau.',
      'Java Developer\nSalary: <SALARY>\nYou write Java 17 services with Spring Boot.',
      'QA Engineer\nOur startup raised $20M last year. Write Cypress tests for our React app.',
    ],
    pass: [
      'Backend Engineer\nSalary: $120,000 - $140,000 a year.\nWe use Go and Postgres.',
      'Support Engineer\nPay: £28 per hour. Linux and Bash required.',
      'Frontend Developer\nCompetitive salary and equity. React and TypeScript.',
      'Data Engineer\nCompensation range 18-24 LPA. Spark and Airflow.',
    ],
  },
};
