/**
 * Tricky postings, as a table: text -> the flags it must raise and must not raise. Run through
 * the minimal context (tests/lib/rules/context.ts), so a rule's own logic is pinned down.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/types';
import { runRules } from '@/lib/rules';
import { buildContext } from './context';

const CASES: { text: string; flags: string[]; not: string[] }[] = [
  {
    text: 'Backend Engineer\nWhat you will do:\n- Design REST APIs in Java\n- Work closely with the frontend team on API contracts\n- Deploy services to Kubernetes\nSalary: $120k-$140k',
    flags: [],
    not: ['hidden-full-stack', 'no-salary', 'vague-compensation'],
  },
  {
    text: 'Backend Engineer\nWhat you will do:\n- Design REST APIs in Java\n- Build React dashboards for internal users\n- Own our AWS infrastructure and CI/CD\nSalary: $120k-$140k',
    flags: ['hidden-full-stack'],
    not: ['no-salary'],
  },
  {
    text: 'Junior Java Developer\nRequirements:\n- 0-2 years of experience with Java\nNice to have:\n- 3+ years with Kafka\nPay: $70,000',
    flags: [],
    not: ['title-experience-mismatch', 'no-salary'],
  },
  {
    text: 'Staff Accountant\nRequirements: 1+ years of accounting experience. Excel. Salary $55,000.',
    flags: [],
    not: ['title-experience-mismatch'],
  },
  {
    text: 'Software Engineer\nAbout Ninja Van: We are a logistics company in Singapore.\nWe use Go and React. Salary: SGD 90,000.',
    flags: [],
    not: ['hype-title', 'no-salary'],
  },
  { text: 'Sales Development Rep\nOTE $80k with base of $50k plus commission.', flags: [], not: ['unpaid-or-commission-only'] },
  {
    text: 'Data Scientist\nRequirements:\n- Expert knowledge of Python, R, SQL, Scala, Java and Julia\nSalary: $150k',
    flags: ['too-many-languages'],
    not: [],
  },
  {
    text: 'Data Scientist\nRequirements:\n- Experience with Python, R, SQL, Scala, Java or Julia\nSalary: $150k',
    flags: [],
    not: ['too-many-languages'],
  },
  { text: 'Platform Engineer\nOn-call: one week in six, paid at £300 per week.\nSalary £70,000', flags: [], not: ['on-call-no-terms'] },
  { text: 'Platform Engineer\nYou will be part of a 24/7 on-call team.\nSalary £70,000', flags: ['on-call-no-terms'], not: [] },
  { text: 'Customer Service Associate\nMust be available to work evenings and weekends.\nPay: $17/hour', flags: [], not: ['always-on-culture'] },
  { text: 'Founding Engineer\nWe work 60+ hours a week and love it. TypeScript.\n$150k-$200k + equity', flags: ['always-on-culture'], not: ['no-salary'] },
  {
    text: 'Supplier Engineer\nUse DOE and FMEA to optimise process parameters. Design of experiments.',
    flags: ['no-salary'],
    not: ['vague-compensation'],
  },
  { text: 'Engagement Manager\nInternational career prospectsCompetitive remuneration and benefits', flags: ['vague-compensation'], not: ['no-salary'] },
  { text: 'Goody | Remote | $170-230K + equity and benefits | Full-time\nWe use Ruby on Rails.', flags: [], not: ['no-salary'] },
  { text: 'Security Engineer\nWe are HackerOne, the bug bounty platform. Rust, Go. $150k salary', flags: [], not: ['hype-title'] },
  { text: 'Software Engineer, Verily\n\nResponsibilities:\n\nMinimum qualifications:\n', flags: [], not: ['no-tech-stack'] },
  { text: 'App Specialist, App Developer Sales\nSell our developer tools to agencies across Germany and help them grow.', flags: [], not: ['no-tech-stack'] },
  {
    text: 'Remote Data Entry\nNo experience needed! Earn $900 per day from home. Contact our recruiter on WhatsApp.',
    flags: ['scam-signals'],
    not: [],
  },
  {
    text: 'Software Engineering Intern\nPaid internship: $45/hour. Python.\nOur team has 20 years of combined experience in Kubernetes.',
    flags: [],
    not: ['title-experience-mismatch', 'impossible-experience', 'unpaid-or-commission-only', 'no-salary'],
  },
  { text: 'SRE\nExperience with PagerDuty and Datadog. Go. $150k salary', flags: [], not: ['on-call-no-terms'] },
  { text: 'Senior Java Developer\nBenefits:\nPension rising to 11% after one year of service.', flags: [], not: ['title-experience-mismatch'] },
  { text: 'Engineer\nWe are looking for humans: no 10x developer lone wolf story.', flags: [], not: ['hype-title'] },
  { text: 'Engineer\nBe ready to work nights and weekends when needed.', flags: ['always-on-culture'], not: [] },
  { text: 'Engineer\nWe respect your evenings and weekends: no after-hours work. Python.', flags: [], not: ['always-on-culture'] },
  {
    text: 'Backend Developer\nIn addition it would be good if you have experience in: web development using e.g. React, CSS. Deploy to AWS.',
    flags: [],
    not: ['hidden-full-stack'],
  },
  { text: 'Engineer\nBenefits: discounted gym membership fee.', flags: [], not: ['scam-signals'] },
  { text: 'Mystery Shopper\nMake $500 a day! No experience necessary.', flags: ['scam-signals'], not: [] },
  { text: 'Software Engineer\nMust have:\n* Expert-level knowledge of 5+ programming languages', flags: ['too-many-languages'], not: [] },
  { text: 'Backend Engineer\nBuild APIs that power our frontend and mobile apps. Deploy to AWS. Go.', flags: [], not: ['hidden-full-stack'] },
  { text: 'Frontend Engineer\nBuild React screens and integrate with backend services. Deploy with CI/CD.', flags: [], not: ['hidden-full-stack'] },
  { text: 'Team Lead\nResponsibilities commensurate with experience. Depending on experience, you may lead a squad.', flags: ['no-salary'], not: ['vague-compensation'] },
  { text: 'Designer\nSalary: based on experience. Figma.', flags: ['vague-compensation'], not: ['no-salary'] },
  { text: 'Designer\nWe offer a generous salary and an excellent benefits package. Figma.', flags: ['vague-compensation'], not: ['no-salary'] },
];

describe('tricky postings', () => {
  it.each(CASES.map((c) => [c.text.split('\n')[0], c] as const))('%s', (_t, c) => {
    const got = runRules(buildContext(c.text)).map((f) => f.id);
    for (const id of c.flags) expect(got, `should raise ${id}; check lib/rules/${id}.ts on:\n${c.text}`).toContain(id);
    for (const id of c.not) expect(got, `should not raise ${id}; narrow lib/rules/${id}.ts for:\n${c.text}`).not.toContain(id);
  });
});

it.skipIf(!existsSync(resolve(__dirname, '../../../lib/extract/index.ts')))('tricky postings hold through analyze()', async () => {
  const spec = '@/lib/extract';
  const { analyze } = (await import(/* @vite-ignore */ spec)) as { analyze: (t: string) => Analysis };
  const problems: string[] = [];
  for (const c of CASES) {
    const got = analyze(c.text).redFlags.map((f) => f.id);
    for (const id of c.flags) if (!got.includes(id)) problems.push(`should raise ${id} through analyze(): ${c.text.split('\n')[0]}`);
    for (const id of c.not) if (got.includes(id)) problems.push(`should not raise ${id} through analyze(): ${c.text.split('\n')[0]}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
}, 60_000);
