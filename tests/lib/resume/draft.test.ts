import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchProfile } from '../../../lib/match';
import { draftProfile, profileFromDraft, readResumeFile } from '../../../lib/resume/node';
import type { Profile } from '../../../lib/types';
import { posting } from '../match/posting';

const NOW = new Date('2026-11-01T00:00:00Z');
const dir = join(__dirname, '../../fixtures/resumes');
const RESUME = readFileSync(join(dir, 'resume.txt'), 'utf8');

describe('draftProfile: the fixture resume', () => {
  const d = draftProfile(RESUME, NOW);
  const skill = (n: string) => d.skills.find((s) => s.name === n);

  it('finds the skills, each with the resume line it came from', () => {
    for (const name of ['Python', 'Go', 'Django', 'PostgreSQL', 'Kubernetes', 'TypeScript', 'Redis', 'Docker', 'Terraform', 'Git']) {
      expect(skill(name), `${name} should be drafted from the resume`).toBeDefined();
      expect(RESUME.split('\n').map((l) => l.trim()), `${name}'s evidence must be a resume line`).toContain(skill(name)!.evidence);
    }
    expect(skill('Django')!.evidence).toBe('- Built Django REST services handling 12k requests per second on PostgreSQL');
  });

  it('keeps the resume spelling when it never uses the canonical one', () => {
    expect(skill('JS')).toBeDefined();
    expect(skill('JavaScript')).toBeUndefined();
  });

  it('reads years stated next to a skill', () => {
    expect(skill('Python')?.years).toBe(7);
    expect(skill('Go')?.years).toBe(3);
    expect(skill('Docker')?.years).toBeUndefined();
  });

  it('does not take a title word for a skill (Backend Engineer)', () => {
    expect(d.skills.map((s) => s.name)).not.toContain('Backend development');
  });

  it('adds up job dates, leaving out studies', () => {
    // Mar 2019 - Nov 2026, both jobs together; the 2015 - 2019 degree does not count.
    expect(d.totalYears).toBe(7.8);
  });

  it('reads the seniority of the latest title', () => {
    expect(d.seniority).toBe('senior');
    expect(d.warnings).toEqual([]);
  });

  it.each(['resume.pdf', 'resume.docx'])('gives the same draft from %s', async (name) => {
    const text = await readResumeFile(new Uint8Array(readFileSync(join(dir, name))), name);
    const other = draftProfile(text, NOW);
    expect(other.skills.map((s) => [s.name, s.years])).toEqual(d.skills.map((s) => [s.name, s.years]));
    expect([other.totalYears, other.seniority]).toEqual([d.totalYears, d.seniority]);
  });

  it('feeds the matcher: the draft as a profile is credited with lines and wording tips', () => {
    const profile: Profile = { name: 'Jane', skills: d.skills, totalYears: d.totalYears, seniority: d.seniority, resumeText: d.text };
    const m = matchProfile(posting({ required: ['Python', 'JavaScript', 'Kubernetes', 'PostgreSQL'], minYears: 5, seniority: 'senior' }), profile);
    expect(m.score).toBeGreaterThanOrEqual(85);
    expect(m.credited?.JavaScript).toMatchObject({ by: 'JS', via: 'alias' });
    expect(m.tips).toContain("Your resume says 'JS'; the posting says 'JavaScript'. Use the posting's word so keyword filters find it.");
  });
});

describe('draftProfile: total years', () => {
  it.each([
    ['Jan 2018 – Mar 2021', 3.3],
    ['Software Engineer, Foo, 2016 - Present', 10.4],
    ['03/2019 to 12/2020', 1.8],
    ['Sept 2020 - Current', 6.3],
    ['June 2015 — August 2017', 2.3],
    ['Jan 2018 – Dec 2019\nJun 2019 – Jun 2020', 2.5],
    ['2012 - 2014\n2016 - 2018', 4],
    ['Engineer with 6 years of experience', 6],
    ['Over ten years’ professional experience in fintech', 10],
    ['Education\nB.Sc., State University, 2010 - 2014', null],
    ['Bachelor of Science, 2010 - 2014', null],
    ['5 years of experience with Go', null],
    ['5 years of experience in Python; 8 years of experience overall', 8],
    ['Call me on 2019-2020 1234', 1],
    ['Started Jan 2030 – Present', null],
  ] as const)('%j -> %s', (text, years) => {
    expect(draftProfile(text, NOW).totalYears).toBe(years);
  });

  it('prefers the dates and warns when the stated total disagrees', () => {
    const d = draftProfile('12 years of experience\nEngineer, Foo, Jan 2020 - Present', NOW);
    // "Present" counts the current month: Jan 2020 - Nov 2026 is 83 months.
    expect(d.totalYears).toBe(6.9);
    expect(d.warnings.join('\n')).toMatch(/says 12 years.*add up to 6\.9/);
  });

  it('warns when there is nothing to count', () => {
    expect(draftProfile('Python developer', NOW).warnings.join('\n')).toMatch(/enter your total years by hand/);
  });
});

describe('draftProfile: seniority', () => {
  it.each([
    ['Staff Software Engineer', 'staff'],
    ['Principal Engineer', 'staff'],
    ['Engineering Manager', 'lead'],
    ['Tech Lead, Payments', 'lead'],
    ['Junior Developer', 'junior'],
    ['Graduate Software Engineer', 'junior'],
    ['Software Engineering Intern', 'intern'],
    ['Sr. Data Engineer', 'senior'],
    ['VP of Engineering', 'director'],
    ['Software Engineer', null],
    ['Experience\nSenior Engineer, Foo, 2020 - Present\nJunior Engineer, Bar, 2016 - 2020', 'senior'],
    ['Experience\n- Led the senior leadership offsite\nDeveloper, Foo, 2020 - Present', null],
  ] as const)('%j -> %s', (text, level) => {
    expect(draftProfile(`Jane Doe\n${text}`, NOW).seniority).toBe(level);
  });
});

describe('draftProfile: skills', () => {
  const names = (text: string) => draftProfile(text, NOW).skills.map((s) => [s.name, s.years ?? null]);
  it.each([
    ['5 years of Python and some SQL', [['Python', 5], ['SQL', null]]],
    ['Skills\nGo - 3 yrs, SQL: 4+ years, C#', [['Go', 3], ['SQL', 4], ['C#', null]]],
    ['Kubernetes (k8s), Terraform', [['Kubernetes', null], ['Terraform', null]]],
  ] as const)('%j', (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it('ignores a common word used as a word', () => {
    expect(names('I like to go hiking on weekends and rest.').map(([n]) => n)).not.toContain('Go');
  });

  it('says when nothing was found', () => {
    const d = draftProfile('', NOW);
    expect(d.skills).toEqual([]);
    expect(d.warnings.join('\n')).toMatch(/No skills were recognised/);
    expect(d.warnings.join('\n')).toMatch(/very short/);
  });
});

describe('profileFromDraft', () => {
  it('turns a checked draft into a Profile that keeps the resume text', () => {
    const d = draftProfile(RESUME, NOW);
    const p = profileFromDraft(d, 'Backend');
    expect(p).toMatchObject({ name: 'Backend', totalYears: 7.8, seniority: 'senior', resumeText: d.text });
    expect(p.skills).toEqual(d.skills);
    expect(p.skills).not.toBe(d.skills);
  });
});

describe('draftProfile: other resume layouts', () => {
  it('reads a LinkedIn profile export', () => {
    const text = [
      'Top Skills', 'Amazon Web Services (AWS)', 'Python (Programming Language)', 'Sam Lee', 'Staff Software Engineer at Bigco',
      'Experience', 'Bigco', 'Staff Software Engineer', 'January 2021 - Present (5 years 11 months)', 'Led the payments platform in Java and Kotlin; 30k TPS.',
      'Smallco', 'Software Engineer', 'June 2016 - December 2020 (4 years 7 months)', 'Built React and Node.js apps.',
      'Education', 'Stanford University', 'Bachelor of Science - BS, Computer Science · (2012 - 2016)',
    ].join('\n');
    const d = draftProfile(text, NOW);
    expect(d.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['AWS', 'Python', 'Java', 'Kotlin', 'React', 'Node.js']));
    expect(d.totalYears).toBe(10.5);
    expect(d.seniority).toBe('staff');
  });

  it('reads a one-line skills list and leaves degrees out of the skills', () => {
    const text = 'JOHN SMITH | Data Analyst\nSKILLS: Excel, Tableau, SQL, Power BI, R, Python\nWORK EXPERIENCE\nData Analyst — Retail Co (2022–present)\nEDUCATION\nMSc Statistics (2018–2020)';
    const d = draftProfile(text, NOW);
    expect(d.skills.map((s) => s.name)).toEqual(['Excel', 'Tableau', 'SQL', 'Power BI', 'R', 'Python']);
    expect(d.totalYears).toBe(4.4);
    expect(d.seniority).toBeNull();
  });
});
