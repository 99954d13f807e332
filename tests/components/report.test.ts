// The CLI report's match section (scripts/report.ts is part of this feature: the CLI's --profile).
import { describe, expect, it } from 'vitest';
import { formatReport, wrap } from '../../scripts/report';
import { analysis, fit } from './fixtures';

describe('formatReport with a match', () => {
  const capped = fit({
    score: 35,
    caps: [
      { id: 'missing-required', reason: '1 of 3 required skills is missing: PostgreSQL.', max: 35 },
      { id: 'work-mode', reason: 'The posting is onsite; your profile accepts remote only.', max: 60 },
    ],
    breakdown: [...fit().breakdown!, { label: 'Capped at 35: 1 of 3 required skills is missing: PostgreSQL.', points: -10, max: 0 }],
    tips: ['A very long tip that goes on and on about what to change in the resume so that the line must wrap at the report width.'],
  });
  const out = formatReport(analysis(capped));

  it('shows the breakdown with points out of their maximum, the cap line and the total', () => {
    expect(out).toContain('Fit score: 35/100 for "Backend me"');
    expect(out).toContain('What the score is made of (points / most possible):');
    expect(out).toMatch(/^ {2}20\/20 {2}Required: Python \(in your profile\)$/m);
    expect(out).toMatch(/^ {3}0\/20 {2}Required: PostgreSQL \(missing\)$/m);
    expect(out).toMatch(/^ {4}-10 {2}Capped at 35 \(see Caps\)$/m);
    expect(out).toMatch(/^ {5}35 {2}= the score$/m);
  });

  it('lists every cap with its ceiling, marking the one that holds the score', () => {
    expect(out).toContain('Caps (the score can be no higher than):');
    expect(out).toContain('   35  1 of 3 required skills is missing: PostgreSQL. (this one holds the score)');
    expect(out).toContain('   60  The posting is onsite; your profile accepts remote only.\n');
    expect(out).toContain('Missing required: PostgreSQL');
  });

  it('marks have and miss per skill, with the profile skill behind an alias', () => {
    expect(out).toContain('  [have] Python (language)');
    expect(out).toContain('  [miss] PostgreSQL (database)');
    expect(out).toContain('  [have] Apache Kafka (backend) <- your "Kafka"');
    expect(out).toContain('  [miss] Rust (language)');
  });

  it('wraps long tips under their bullet and keeps every line within 100 columns', () => {
    expect(out).toContain('Tips:\n  - A very long tip');
    expect(out.split('\n').every((l) => l.length <= 100)).toBe(true);
    expect(out).toMatch(/\n {4}\S/);
  });

  it('formats pay with thousands separators and years as ranges', () => {
    const a = { ...analysis(null), salary: { min: 75000, max: 90000, currency: 'EUR', period: 'year' as const, evidence: [] }, experience: { minYears: 3, maxYears: 5, evidence: [] } };
    const text = formatReport(a);
    expect(text).toContain('Salary: EUR 75,000-90,000 per year');
    expect(text).toContain('Experience: 3-5 years');
    expect(text).not.toContain('Fit score');
  });

  it('wrap keeps words whole', () => {
    expect(wrap('a '.repeat(60).trim(), '  - ', '    ').every((l) => l.length <= 100)).toBe(true);
    expect(wrap('short', 'x: ')).toEqual(['x: short']);
  });
});
