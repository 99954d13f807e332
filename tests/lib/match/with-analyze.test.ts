import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/extract';
import { matchProfile, rankProfiles } from '../../../lib/match';
import type { Profile } from '../../../lib/types';

// End to end through the real extractor. Assertions stay coarse (thresholds, gate ids) so that
// tuning the extractor does not break them; the exact figures live in match.test.ts.
const POSTING = `Senior Backend Engineer

About the role
We're hiring a Backend Engineer to build and own APIs powering our B2B SaaS platform. You'll work in Python/FastAPI, design Postgres schemas, and integrate with third-party APIs.

Requirements
- 5+ years of professional software engineering experience
- Strong experience with Python and PostgreSQL
- Experience with Docker and AWS
- Java or Go

Nice to have
- Kafka or RabbitMQ
- Kubernetes

Salary: $150,000 - $180,000 per year. This role is fully remote.`;

const a = analyze(POSTING);
const skills = (...names: string[]) => names.map((name) => ({ name }));
const SENIOR: Profile = { name: 'senior', skills: skills('Django', 'Postgres', 'Docker', 'AWS', 'Go', 'Kafka', 'k8s', 'FastAPI'), totalYears: 6, seniority: 'senior' };

describe('matchProfile on analyze() output', () => {
  it('a senior with every skill (under other spellings) scores >= 85', () => {
    const m = matchProfile(a, SENIOR);
    expect(m.score).toBeGreaterThanOrEqual(85);
    expect(m.required.missing).toEqual([]);
    expect(m.credited?.Python?.via).toBe('implied');
    expect(m.credited?.PostgreSQL).toMatchObject({ by: 'Postgres', via: 'alias' });
  });

  it('dropping two required skills costs >= 20 and names them', () => {
    const m = matchProfile(a, { ...SENIOR, skills: SENIOR.skills.filter((s) => s.name !== 'Docker' && s.name !== 'AWS') });
    expect(matchProfile(a, SENIOR).score - m.score).toBeGreaterThanOrEqual(20);
    expect(m.required.missing).toEqual(expect.arrayContaining(['Docker', 'AWS']));
  });

  it('a junior with one year is gated, never near 90', () => {
    const m = matchProfile(a, { ...SENIOR, name: 'junior', totalYears: 1, seniority: 'junior' });
    expect(m.score).toBeLessThanOrEqual(45);
    expect(m.caps.map((c) => c.id)).toEqual(expect.arrayContaining(['experience-gap', 'seniority-gap']));
  });

  it('an empty profile scores <= 15', () => {
    expect(matchProfile(a, { name: 'empty', skills: [] }).score).toBeLessThanOrEqual(15);
  });

  it('a salary floor above the posting and an onsite-only profile are both gated', () => {
    const m = matchProfile(a, { ...SENIOR, salaryFloor: { amount: 200000, currency: 'USD', period: 'year' }, workModes: ['onsite'] });
    expect(m.caps.map((c) => c.id).sort()).toEqual(['salary-below-floor', 'work-mode']);
    expect(m.score).toBeLessThanOrEqual(40);
  });

  it('ranks the senior profile above a frontend one', () => {
    const ranked = rankProfiles(a, [{ name: 'frontend', skills: skills('React', 'CSS', 'TypeScript'), totalYears: 6 }, SENIOR]);
    expect(ranked.map((r) => r.profile.name)).toEqual(['senior', 'frontend']);
  });

  it('every point of the score comes from a breakdown line', () => {
    for (const p of [SENIOR, { name: 'empty', skills: [] }, { ...SENIOR, totalYears: 1, seniority: 'junior' as const }]) {
      const m = matchProfile(a, p);
      expect(m.breakdown!.reduce((s, l) => s + l.points, 0)).toBe(m.score);
    }
  });
});
