import { describe, expect, it } from 'vitest';
import { MATCH_VERSION, matchProfile, rankProfiles } from '../../../lib/match';
import type { Match, Profile } from '../../../lib/types';
import { posting } from './posting';

const BACKEND = posting({
  required: ['Python', 'PostgreSQL', 'REST', 'Docker', 'AWS'],
  preferred: ['Kafka', 'Kubernetes', 'GraphQL'],
  minYears: 5,
  seniority: 'senior',
});

const skills = (...names: string[]) => names.map((name) => ({ name }));
const FULL: Profile = {
  name: 'full',
  skills: skills('Python', 'PostgreSQL', 'REST', 'Docker', 'AWS', 'Kafka', 'Kubernetes', 'GraphQL'),
  totalYears: 7,
  seniority: 'senior',
};

/** Breakdown lines must explain the final score exactly; a cap is its own (negative) line. */
function expectExplained(m: Match) {
  const lines = m.breakdown ?? [];
  const sum = lines.reduce((s, l) => s + l.points, 0);
  expect(sum, `breakdown lines add to ${sum}, score is ${m.score}: every point must come from a line`).toBe(m.score);
  const maxes = lines.filter((l) => l.max > 0).reduce((s, l) => s + l.max, 0);
  expect(maxes, 'line maxima must share exactly 100 points').toBe(100);
  for (const l of lines) if (l.max > 0) expect(l.points).toBeLessThanOrEqual(l.max);
  expect(Number.isInteger(m.score) && m.score >= 0 && m.score <= 100).toBe(true);
}

describe('matchProfile: done-when figures', () => {
  it.each([
    ['skills + years + seniority', BACKEND, FULL],
    ['no years asked', posting({ required: ['Java', 'Spring Boot', 'SQL'], preferred: ['Kafka'] }), { name: 'j', skills: skills('Java', 'Spring Boot', 'SQL', 'Kafka') }],
    ['only required skills', posting({ required: ['React', 'TypeScript', 'CSS'] }), { name: 'r', skills: skills('React', 'TypeScript', 'CSS'), totalYears: 3 }],
    ['either-or group', posting({ required: ['Java|Kotlin', 'SQL'], minYears: 3 }), { name: 'k', skills: skills('Kotlin', 'SQL'), totalYears: 4 }],
    ['with a mentioned tech stack', posting({ required: ['Go', 'gRPC'], preferred: ['Terraform'], mentioned: ['GCP'], minYears: 2 }), { name: 'g', skills: skills('Go', 'gRPC', 'Terraform'), totalYears: 3 }],
  ] as [string, ReturnType<typeof posting>, Profile][])('a profile with every required and preferred skill scores >= 85 (%s)', (_, a, p) => {
    const m = matchProfile(a, p);
    expect(m.score, JSON.stringify(m.breakdown)).toBeGreaterThanOrEqual(85);
    expect(m.required.missing).toEqual([]);
    expect(m.caps).toEqual([]);
    expectExplained(m);
  });

  it.each([
    [['Docker', 'AWS']],
    [['Python', 'PostgreSQL']],
    [['REST', 'Docker']],
  ])('dropping two of five required skills (%j) costs >= 20 points and names them', (drop) => {
    const full = matchProfile(BACKEND, FULL);
    const less = matchProfile(BACKEND, { ...FULL, skills: FULL.skills.filter((s) => !drop.includes(s.name)) });
    expect(full.score - less.score).toBeGreaterThanOrEqual(20);
    expect(less.required.missing.sort()).toEqual([...drop].sort());
    expect(less.caps.map((c) => c.id)).toContain('missing-required');
    expect(less.caps.find((c) => c.id === 'missing-required')?.reason).toContain(drop[0]);
    expectExplained(less);
  });

  it.each([
    // profile spelling, posting skill, how it is credited
    ['JS', 'JavaScript', 'alias'],
    ['k8s', 'Kubernetes', 'alias'],
    ['Postgres', 'PostgreSQL', 'alias'],
    ['golang', 'Go', 'alias'],
    ['JavaScript', 'JavaScript', 'name'],
    ['Django', 'Python', 'implied'],
    ['EKS', 'AWS', 'implied'],
    ['EKS', 'Kubernetes', 'implied'],
    ['TypeScript', 'JavaScript', 'implied'],
  ] as const)('profile "%s" covers posting "%s" via %s', (have, want, via) => {
    const m = matchProfile(posting({ required: [want, 'Excel', 'Jira'] }), { name: 'p', skills: [{ name: have, evidence: `Built things with ${have}` }, ...skills('Excel', 'Jira')] });
    const key = m.required.have[0]!;
    expect(m.required.have).toHaveLength(3);
    expect(m.credited?.[key]).toEqual({ by: have, via, evidence: `Built things with ${have}` });
    expect(m.score).toBe(100);
  });

  it('does not credit the reverse of an implication (Python does not imply Django)', () => {
    const m = matchProfile(posting({ required: ['Django'] }), { name: 'p', skills: skills('Python') });
    expect(m.required.missing).toEqual(['Django']);
  });

  it.each([
    [1, 5, 45],
    [0, 3, 45],
    [1, 8, 35],
    [2, 10, 35],
  ])('%i year(s) against %i+ caps the score at <= %i with a named gate', (have, asked, max) => {
    const a = posting({ required: ['Python', 'SQL'], minYears: asked });
    const m = matchProfile(a, { name: 'p', skills: skills('Python', 'SQL'), totalYears: have });
    const gate = m.caps.find((c) => c.id === 'experience-gap');
    expect(gate, 'a far-too-few-years profile must be gated').toBeDefined();
    expect(gate!.reason).toMatch(new RegExp(`${asked}\\+ years`));
    expect(m.score).toBeLessThanOrEqual(max);
    expect(m.experience).toEqual({ required: asked, have, ok: false });
    expectExplained(m);
  });

  it('a moderate year gap costs points but is not gated (4 of 5)', () => {
    const m = matchProfile(BACKEND, { ...FULL, totalYears: 4 });
    expect(m.caps).toEqual([]);
    expect(m.score).toBeLessThan(100);
    expect(m.score).toBeGreaterThanOrEqual(90);
  });

  it.each([
    ['a rich posting', BACKEND],
    ['a posting with no skills', posting({ minYears: 2 })],
    ['a posting with only a seniority', posting({ seniority: 'junior' })],
    ['a bare posting', posting({})],
  ])('an empty profile scores <= 15 and says so (%s)', (_, a) => {
    for (const p of [{ name: 'empty', skills: [] }, { name: 'blank', skills: [{ name: '  ' }], totalYears: 10, seniority: 'senior' as const }]) {
      const m = matchProfile(a, p);
      expect(m.score).toBeLessThanOrEqual(15);
      expect(m.caps.map((c) => c.id)).toContain('empty-profile');
      expect(m.tips[0]).toMatch(/profile is empty/i);
      expectExplained(m);
    }
  });
});

describe('matchProfile: weights', () => {
  it('a missing required skill costs about 3x a missing preferred one', () => {
    const full = matchProfile(BACKEND, FULL).score;
    const noReq = matchProfile(BACKEND, { ...FULL, skills: FULL.skills.filter((s) => s.name !== 'Docker') }).score;
    const noPref = matchProfile(BACKEND, { ...FULL, skills: FULL.skills.filter((s) => s.name !== 'GraphQL') }).score;
    const ratio = (full - noReq) / (full - noPref);
    expect(ratio).toBeGreaterThanOrEqual(2.4);
    expect(ratio).toBeLessThanOrEqual(3.6);
  });

  it('an either-or group is satisfied by any one member and not listed as missing', () => {
    const a = posting({ required: ['Java|Kotlin|Scala', 'SQL', 'Git'] });
    for (const have of ['Java', 'Kotlin', 'Scala']) {
      const m = matchProfile(a, { name: have, skills: skills(have, 'SQL', 'Git') });
      expect(m.required.missing).toEqual([]);
      expect(m.required.have).toContain(have);
      expect(m.score).toBe(100);
    }
    const none = matchProfile(a, { name: 'none', skills: skills('SQL', 'Git') });
    expect(none.required.missing).toEqual(['Java', 'Kotlin', 'Scala']);
    expect(none.breakdown?.[0]?.label).toMatch(/any one of Java, Kotlin, Scala: missing all/);
    expect(none.score).toBe(66); // 2 of 3 equal required units; the group's line got the spare point (34/33/33)
  });

  it('a thin posting cannot give a top score for one keyword: the unsaid rest is half credit', () => {
    const thin = matchProfile(posting({ required: ['Linux'] }), { name: 'p', skills: skills('Linux') });
    expect(thin.score).toBeLessThanOrEqual(70);
    expect(thin.breakdown?.at(-1)?.label).toMatch(/leaves unsaid: it names only 1 skill/);
    expectExplained(thin);
    const rich = matchProfile(posting({ required: ['Linux', 'Bash', 'Git'] }), { name: 'p', skills: skills('Linux', 'Bash', 'Git') });
    expect(rich.score).toBe(100);
  });

  it('breakdown lines always add up to the score', () => {
    const profiles: Profile[] = [FULL, { name: 'half', skills: skills('Python', 'Docker', 'Kafka'), totalYears: 3, seniority: 'mid' }, { name: 'none', skills: skills('Excel') }];
    const postings = [
      BACKEND,
      posting({ required: ['Java', 'SQL', 'Spring', 'Kafka', 'Docker', 'AWS', 'Git'], preferred: ['Kubernetes', 'Redis', 'GraphQL', 'Python', 'Go', 'Terraform', 'React'], mentioned: ['Jira'], minYears: 3 }),
      posting({ required: ['Python'], seniority: 'staff', workMode: 'remote' }),
      posting({}),
    ];
    for (const a of postings) for (const p of profiles) expectExplained(matchProfile(a, p));
  });

  it('is deterministic and carries its version', () => {
    expect(matchProfile(BACKEND, FULL)).toEqual(matchProfile(BACKEND, FULL));
    expect(matchProfile(BACKEND, FULL).version).toBe(MATCH_VERSION);
    expect(MATCH_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('matchProfile: gates', () => {
  it.each([
    ['junior', 'staff'],
    ['junior', 'senior'],
    ['intern', 'senior'],
    ['mid', 'director'],
  ] as const)('a %s never sees 90 on a %s role, even with every skill', (mine, role) => {
    const a = posting({ required: ['Python', 'SQL'], seniority: role });
    const m = matchProfile(a, { name: 'p', skills: skills('Python', 'SQL'), seniority: mine });
    expect(m.score).toBeLessThan(90);
    expect(m.caps.map((c) => c.id)).toContain('seniority-gap');
    expectExplained(m);
  });

  it('a junior (from years alone) on a staff role asking 8+ years is capped low', () => {
    const a = posting({ required: ['Python', 'SQL'], seniority: 'staff', minYears: 8 });
    const m = matchProfile(a, { name: 'p', skills: skills('Python', 'SQL'), totalYears: 1 });
    expect(m.score).toBeLessThanOrEqual(35);
    expect(m.caps.map((c) => c.id).sort()).toEqual(['experience-gap', 'seniority-gap']);
  });

  it('a manager profile on a staff (individual) role gets a track tip, not a cap', () => {
    const m = matchProfile(posting({ required: ['Python'], seniority: 'staff' }), { name: 'p', skills: skills('Python'), seniority: 'lead' });
    expect(m.caps).toEqual([]);
    expect(m.tips.join('\n')).toMatch(/different tracks/);
  });

  it('one level up is a stretch: half the seniority points, no cap', () => {
    const m = matchProfile(posting({ required: ['Python'], seniority: 'senior' }), { name: 'p', skills: skills('Python'), seniority: 'mid' });
    expect(m.caps).toEqual([]);
    expect(m.breakdown?.find((l) => l.label.startsWith('Seniority'))).toMatchObject({ points: 3, max: 5 });
  });

  it.each([
    ['a dealbreaker skill', { dealbreakers: ['PHP'] }, posting({ required: ['Python'], mentioned: ['PHP'] }), 'dealbreaker:PHP'],
    ['a dealbreaker skill by alias', { dealbreakers: ['js'] }, posting({ required: ['Python'], preferred: ['JavaScript'] }), 'dealbreaker:JavaScript'],
    ['a dealbreaker red flag', { dealbreakers: ['on-call-no-terms'] }, posting({ required: ['Python'], redFlags: ['on-call-no-terms'] }), 'dealbreaker:on-call-no-terms'],
  ])('%s caps hard (<= 20)', (_, extra, a, id) => {
    const m = matchProfile(a, { name: 'p', skills: skills('Python', 'PHP', 'JavaScript'), ...extra });
    expect(m.score).toBeLessThanOrEqual(20);
    expect(m.caps[0]?.id).toBe(id);
    expect(m.breakdown?.at(-1)?.label).toMatch(/^Capped at 20: You marked/);
    expectExplained(m);
  });

  it('a dealbreaker the posting does not raise changes nothing', () => {
    const m = matchProfile(posting({ required: ['Python', 'SQL', 'Git'] }), { name: 'p', skills: skills('Python', 'SQL', 'Git'), dealbreakers: ['PHP', 'hype-title'] });
    expect(m.caps).toEqual([]);
    expect(m.score).toBe(100);
  });
});

describe('matchProfile: salary and work mode', () => {
  const withPay = (min: number | null, max: number | null, currency: string, period: 'hour' | 'month' | 'year') =>
    posting({ required: ['Python'], salary: { min, max, currency, period, evidence: [] } });
  const floor = (amount: number, currency = 'USD', period: 'year' | 'hour' = 'year') => ({ name: 'p', skills: skills('Python'), salaryFloor: { amount, currency, period } });

  it.each([
    ['a yearly range above the floor', withPay(120000, 150000, 'USD', 'year'), floor(100000), 3, null],
    ['an hourly rate converted to a year (60/h = 124,800)', withPay(60, 60, 'USD', 'hour'), floor(110000), 3, null],
    ['a monthly range reaching the floor', withPay(8000, 10000, 'USD', 'month'), floor(110000), 2, null],
    ['a range below the floor', withPay(70000, 90000, 'USD', 'year'), floor(100000), 0, 'salary-below-floor'],
    ['an hourly floor against a yearly range (40/h = 83,200)', withPay(70000, 80000, 'usd', 'year'), floor(40, 'USD', 'hour'), 0, 'salary-below-floor'],
  ])('%s', (_, a, p, points, cap) => {
    const m = matchProfile(a, p);
    expect(m.breakdown?.find((l) => l.label.startsWith('Salary'))?.points).toBe(points);
    expect(m.caps.map((c) => c.id)).toEqual(cap ? [cap] : []);
    if (cap) expect(m.score).toBeLessThanOrEqual(40);
    expectExplained(m);
  });

  it('different currencies are not compared, and the tips say so', () => {
    const m = matchProfile(withPay(50000, 60000, 'EUR', 'year'), floor(100000));
    expect(m.breakdown?.some((l) => l.label.startsWith('Salary'))).toBe(false);
    expect(m.caps).toEqual([]);
    expect(m.tips.join('\n')).toMatch(/not compared.*EUR.*USD/);
  });

  it('salary is compared only when both sides state it', () => {
    expect(matchProfile(withPay(1, 1, 'USD', 'year'), { name: 'p', skills: skills('Python') }).caps).toEqual([]);
    expect(matchProfile(posting({ required: ['Python'] }), floor(500000)).caps).toEqual([]);
  });

  it.each([
    ['remote', ['remote'], 2, null],
    ['onsite', ['remote'], 0, 'work-mode'],
    ['hybrid', ['remote', 'hybrid'], 2, null],
  ] as const)('work mode %s for a profile accepting %j', (mode, modes, points, cap) => {
    const m = matchProfile(posting({ required: ['Python'], workMode: mode }), { name: 'p', skills: skills('Python'), workModes: [...modes] });
    expect(m.breakdown?.find((l) => l.label.startsWith('Work mode'))?.points).toBe(points);
    expect(m.caps.map((c) => c.id)).toEqual(cap ? [cap] : []);
  });
});

describe('matchProfile: uncertainty', () => {
  it('a posting with no skills gives a middling, capped score and says why', () => {
    const m = matchProfile(posting({}), FULL);
    expect(m.score).toBeLessThanOrEqual(50);
    expect(m.score).toBeGreaterThanOrEqual(30);
    expect(m.caps.map((c) => c.id)).toEqual(['no-posting-skills']);
    expect(m.tips[0]).toMatch(/No skills were found/);
    expectExplained(m);
  });

  it('years the profile does not state earn half, and a tip asks for them', () => {
    const m = matchProfile(BACKEND, { ...FULL, totalYears: null });
    expect(m.breakdown?.find((l) => l.label.startsWith('Experience'))).toMatchObject({ points: 8, max: 15 });
    expect(m.experience.ok).toBeNull();
    expect(m.tips.join('\n')).toMatch(/Add your total years/);
  });

  it('per-skill years compare with the years the profile gives for that skill', () => {
    const a = posting({ required: ['Python', 'SQL', 'Git'], perSkill: [{ skill: 'Python', minYears: 5 }] });
    const short = matchProfile(a, { name: 'p', skills: [{ name: 'Python', years: 2 }, ...skills('SQL', 'Git')] });
    const enough = matchProfile(a, { name: 'p', skills: [{ name: 'Python', years: 6 }, ...skills('SQL', 'Git')] });
    expect(enough.score).toBe(100);
    expect(short.score).toBeLessThan(enough.score);
    expect(short.tips.join('\n')).toMatch(/5\+ years of Python; your profile says 2/);
  });
});

describe('matchProfile: tips', () => {
  it('mirrors the posting wording when the resume words a skill differently', () => {
    const m = matchProfile(posting({ required: ['JavaScript', 'Kubernetes'] }), { name: 'p', skills: skills('JS', 'k8s') });
    expect(m.tips).toContain("Your resume says 'JS'; the posting says 'JavaScript'. Use the posting's word so keyword filters find it.");
    expect(m.tips.join('\n')).toMatch(/'k8s'; the posting says 'Kubernetes'/);
  });

  it('quotes the posting spelling, not the canonical name', () => {
    const m = matchProfile(posting({ required: ['Postgres'] }), { name: 'p', skills: skills('PostgreSQL') });
    expect(m.tips.join('\n')).toMatch(/resume says 'PostgreSQL'; the posting says 'Postgres'/);
  });

  it('names implied skills explicitly', () => {
    const m = matchProfile(posting({ required: ['Python'] }), { name: 'p', skills: skills('Django') });
    expect(m.tips.join('\n')).toMatch(/shows Python only through 'Django'/);
  });

  it('treats missing required skills as gaps, never as something to claim', () => {
    const m = matchProfile(BACKEND, { ...FULL, skills: FULL.skills.filter((s) => !['Docker', 'AWS'].includes(s.name)) });
    const gap = m.tips.find((t) => t.startsWith('Required but not in your profile'));
    expect(gap).toMatch(/Docker and AWS/);
    expect(gap).toMatch(/Don't list what you haven't used/);
    for (const t of m.tips) expect(t, `tip suggests claiming a missing skill: ${t}`).not.toMatch(/\b(add|list|mention|include) (Docker|AWS)\b/i);
  });

  it('gives the seeds advice where it applies: primary language first, databases by name, figures', () => {
    const a = posting({ required: ['Python', 'PostgreSQL'], preferred: ['AWS'] });
    const m = matchProfile(a, { name: 'p', skills: skills('Go', 'Python', 'PostgreSQL', 'AWS'), resumeText: 'Go, Python, PostgreSQL, AWS\nBuilt services' });
    const all = m.tips.join('\n');
    expect(all).toMatch(/Lead with Python, the posting's primary language/);
    expect(all).toMatch(/Name the databases you used \(PostgreSQL\)/);
    expect(all).toMatch(/Mention your AWS work even though the posting lists it as a nice-to-have/);
    expect(all).toMatch(/Show scale with figures/);
  });

  it('drops advice that does not apply', () => {
    const resumeText = 'Python services at 12k requests/s\nPostgreSQL tables of 50M rows';
    const m = matchProfile(posting({ required: ['Python', 'PostgreSQL'] }), { name: 'p', skills: skills('Python', 'PostgreSQL'), resumeText });
    expect(m.tips.join('\n')).not.toMatch(/Lead with|Show scale/);
  });

  it('finds the resume line for evidence when the profile keeps the resume text', () => {
    const m = matchProfile(posting({ required: ['Kubernetes'] }), { name: 'p', skills: skills('k8s'), resumeText: 'Summary\n- Ran k8s clusters for 40 teams\nSkills' });
    expect(m.credited?.Kubernetes).toEqual({ by: 'k8s', via: 'alias', evidence: '- Ran k8s clusters for 40 teams' });
  });
});

describe('rankProfiles', () => {
  it('sorts profiles by score, best first', () => {
    const backend: Profile = FULL;
    const frontend: Profile = { name: 'frontend', skills: skills('React', 'CSS', 'TypeScript'), totalYears: 7 };
    const partial: Profile = { name: 'partial', skills: skills('Python', 'Docker', 'PostgreSQL'), totalYears: 7, seniority: 'senior' };
    const ranked = rankProfiles(BACKEND, [frontend, partial, backend]);
    expect(ranked.map((r) => r.profile.name)).toEqual(['full', 'partial', 'frontend']);
    expect(ranked[0]!.match.profileName).toBe('full');
    expect(ranked.map((r) => r.match.score)).toEqual([...ranked.map((r) => r.match.score)].sort((a, b) => b - a));
  });

  it('returns nothing for no profiles', () => {
    expect(rankProfiles(BACKEND, [])).toEqual([]);
  });
});
