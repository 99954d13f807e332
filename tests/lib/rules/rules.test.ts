/** Table tests for individual rules, runRules robustness, and the linear-time budget. */
import { describe, expect, it } from 'vitest';
import { RULES, runRules } from '@/lib/rules';
import { makeImpossibleExperience } from '@/lib/rules/impossible-experience';
import type { Rule } from '@/lib/rules/types';
import { buildContext } from './context';

const ids = (text: string) => runRules(buildContext(text)).map((f) => f.id);

describe('impossible-experience with a pinned clock', () => {
  const at = (year: number) => makeImpossibleExperience(() => new Date(`${year}-06-01T00:00:00Z`));
  it.each([
    [2022, 'Requirements: 10 years of Kubernetes experience.', true],
    [2030, 'Requirements: 10 years of Kubernetes experience.', false],
    [2024, '8+ years of hands-on experience with Rust and Go.', false],
    [2020, '8+ years of hands-on experience with Rust and Go.', true],
    [2024, 'Swift (15 years) required.', true],
    [2024, '5 years with ChatGPT and other LLMs.', true],
    [2024, '5 years of Java and 2 years of ChatGPT.', false],
    [2024, 'Docker Kubernetes: 12 years', true],
    [2024, '30 years of banking, SWIFT and ISO 20022 messaging.', false],
  ] as const)('in %i: %s -> %s', (year, text, flag) => {
    const hit = at(year).check(buildContext(`Engineer\n${text}`));
    expect(hit !== null, `impossible-experience in ${year} on "${text}": expected ${flag ? 'a flag' : 'no flag'}; check RELEASES and the filler words`).toBe(flag);
  });

  it('says the release year in its why', () => {
    const hit = at(2022).check(buildContext('DevOps\n10 years of Kubernetes experience.'));
    expect(hit?.why).toBe('Asks for 10 years of Kubernetes, which was released in 2014: nobody can have more than 8.');
    expect(hit?.evidence.map((s) => 'DevOps\n10 years of Kubernetes experience.'.slice(s.start, s.end))).toEqual(['10 years of Kubernetes']);
  });
});

describe('pay flags', () => {
  it.each([
    ['Engineer\nCompetitive salary: $120k-$140k.', []],
    ['Engineer\nCompetitive salary.', ['vague-compensation']],
    ['Engineer\nWe use Go.', ['no-salary']],
    ['Engineer\nRaised $30M from investors; salary competitive.', ['vague-compensation']],
    ['Engineer\nBenefits: 401k match, paid time off.', ['no-salary']],
  ] as const)('%s', (text, expected) => {
    const got = ids(text).filter((i) => i === 'no-salary' || i === 'vague-compensation');
    expect(got, `pay flags on "${text}"; see lib/rules/pay.ts`).toEqual(expected);
  });
});

describe('salary from the analyser', () => {
  it('is trusted only when its words read as pay', () => {
    const text = 'Cook\nSplit shifts: 7.00 am to 2.30 pm. Kitchen experience.';
    const at = text.indexOf('2.30 pm');
    const salary = { min: 2.3, max: 2.3, currency: 'GBP', period: 'month' as const, evidence: [{ start: at, end: at + 7 }] };
    expect(ids(text), 'a time of day is no salary: the flag stays').toContain('no-salary');
    expect(runRules(buildContext(text, { salary })).map((f) => f.id), 'lib/rules/pay.ts must distrust "2.30 pm"').toContain('no-salary');
    const paid = 'Cook\nSalary: £24,000 a year.';
    const s2 = { min: 24000, max: 24000, currency: 'GBP', period: 'year' as const, evidence: [{ start: 14, end: 21 }] };
    expect(runRules(buildContext(paid, { salary: s2 })).map((f) => f.id)).not.toContain('no-salary');
  });
});

describe('runRules', () => {
  it('skips a rule that throws and keeps the others', () => {
    const bad: Rule = { id: 'boom', title: 'Boom', check: () => { throw new Error('x'); }, examples: { flag: [], pass: [] } };
    const flags = runRules(buildContext('Engineer\nWe use Go.'), [bad, ...RULES]);
    expect(flags.map((f) => f.id)).toContain('no-salary');
  });

  it('drops a hit with no valid evidence', () => {
    const empty: Rule = { id: 'empty', title: 'Empty', check: () => ({ why: 'w', evidence: [{ start: 5, end: 5 }] }), examples: { flag: [], pass: [] } };
    expect(runRules(buildContext('Engineer'), [empty])).toEqual([]);
  });

  it('returns flags in RULES order with id, title, why, evidence', () => {
    const flags = runRules(buildContext('Junior Ninja Developer\nRequirements: 5+ years of experience. Competitive salary.'));
    const order = RULES.map((r) => r.id);
    const idx = flags.map((f) => order.indexOf(f.id));
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    expect(flags.map((f) => f.id)).toEqual(expect.arrayContaining(['title-experience-mismatch', 'hype-title', 'vague-compensation']));
  });

  it('never throws on empty or odd input', () => {
    for (const t of ['', ' ', '\n\n', 'x', '$', '10 years', 'years years years', '\u0000\uffff']) {
      expect(() => runRules(buildContext(t))).not.toThrow();
    }
  });
});

describe('hostile input', () => {
  const chunks = [
    'a'.repeat(5000),
    '1 '.repeat(5000),
    '10 years of '.repeat(2000),
    'on call on call '.repeat(2000),
    'expert in Java, Python, Go, Rust, '.repeat(1500),
    '$1 $2 $3 salary '.repeat(3000),
    'looking for a a a a '.repeat(2000),
    'commission '.repeat(4000),
    ' '.repeat(20000) + 'x',
    'Kubernetes: '.repeat(3000),
    'You will be on-call.\n'.repeat(2000),
    'Build React apps and deploy to AWS.\n'.repeat(2000),
    'Expert in Java, Python, Go, Rust and C++.\n'.repeat(2000),
    'Salary: competitive. Pay: $1. No experience needed! Earn $900 per day.\n'.repeat(1000),
    'aB'.repeat(50000),
  ];
  it.each(chunks.map((c, i) => [i, c] as const))('chunk %i repeated to 200 KB runs all rules under 50 ms', (_i, chunk) => {
    const text = `Senior Backend Engineer\n${chunk.repeat(Math.ceil(200_000 / chunk.length)).slice(0, 200_000)}`;
    const ctx = buildContext(text);
    runRules(ctx); // warm up the regex engine
    let ms = Infinity; // best of 5: a GC pause on a busy machine is not a slow regex
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      runRules(ctx);
      ms = Math.min(ms, performance.now() - t0);
    }
    expect(ms, `all rules took ${ms.toFixed(1)} ms on a 200 KB hostile text; look for a regex that backtracks`).toBeLessThan(50);
  });
});
