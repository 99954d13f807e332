import { describe, expect, it } from 'vitest';
import { addSkills, findResumeLine, mergeImport, parseYears, sameProfile, skillIdentity, splitNames, uniqueName } from '@/components/profile-edit';
import { cleanLine } from '@/components/text';

const RESUME = 'Jane Doe\nSkills\nPython (7 years), JS, k8s\n- Built Django services on PostgreSQL';

describe('profile editing helpers', () => {
  it('gives one identity to every spelling of a skill', () => {
    expect(skillIdentity('JS')).toBe(skillIdentity('JavaScript'));
    expect(skillIdentity('k8s')).toBe(skillIdentity('Kubernetes'));
    expect(skillIdentity('Some Inhouse Tool')).toBe(skillIdentity('some inhouse tool'));
  });

  it('splits typed names on commas, semicolons and lines', () => {
    expect(splitNames(' Python, React;Go\n\n  Apache   Kafka ,')).toEqual(['Python', 'React', 'Go', 'Apache Kafka']);
  });

  it('adds skills once, under any spelling, with the resume line that names them', () => {
    const next = addSkills([{ name: 'JavaScript' }], ['JS', 'Kubernetes', 'Rust', 'rust'], RESUME);
    expect(next.map((s) => s.name), 'JS is JavaScript, rust is Rust: added once').toEqual(['JavaScript', 'Kubernetes', 'Rust']);
    expect(next[1]!.evidence, 'Kubernetes is named as k8s in the resume').toBe('Python (7 years), JS, k8s');
    expect(next[2]!.evidence).toBeUndefined();
  });

  it('finds resume lines on word boundaries only', () => {
    expect(findResumeLine(RESUME, 'Django')).toBe('- Built Django services on PostgreSQL');
    expect(findResumeLine(RESUME, 'Go'), '"Go" is not in "Doe" or "Django"').toBeUndefined();
    expect(findResumeLine(undefined, 'Python')).toBeUndefined();
    expect(findResumeLine(RESUME, 'C++')).toBeUndefined();
  });

  it('merges an import: new skills added, lines and years filled, the profile\'s own values kept', () => {
    const merged = mergeImport(
      { id: 'p1', name: 'Me', skills: [{ name: 'Python', years: 3 }, { name: 'JavaScript' }], totalYears: 4, workModes: ['remote'] },
      { skills: [{ name: 'Python', years: 7, evidence: 'Python (7 years)' }, { name: 'JS', years: 2, evidence: 'JS' }, { name: 'Go', evidence: 'Go' }], totalYears: null, seniority: 'senior', resumeText: RESUME },
    );
    expect(merged.id).toBe('p1');
    expect(merged.skills).toEqual([
      { name: 'Python', years: 3, evidence: 'Python (7 years)' },
      { name: 'JavaScript', evidence: 'JS', years: 2 },
      { name: 'Go', evidence: 'Go' },
    ]);
    expect(merged.totalYears, 'no years in the import: the profile keeps its own').toBe(4);
    expect(merged.seniority).toBe('senior');
    expect(merged.workModes).toEqual(['remote']);
    expect(merged.resumeText).toBe(RESUME);
  });

  it('tells unsaved changes from no change', () => {
    const base = { id: 'a', name: 'Me', skills: [{ name: 'Go' }], totalYears: 3, updatedAt: 1 };
    expect(sameProfile(base, { ...base, updatedAt: 2 })).toBe(true);
    expect(sameProfile(base, { ...base, workModes: [], seniority: null }), 'set then cleared is no change').toBe(true);
    expect(sameProfile(base, { ...base, name: 'You' })).toBe(false);
    expect(sameProfile(base, { ...base, skills: [] })).toBe(false);
  });

  it('names new profiles without clashes, reads years, and cleans bullets', () => {
    expect(uniqueName('New profile', ['My profile'])).toBe('New profile');
    expect(uniqueName('New profile', ['new profile', 'New profile 2'])).toBe('New profile 3');
    expect(parseYears('')).toBeNull();
    expect(parseYears('-1')).toBeNull();
    expect(parseYears('abc')).toBeNull();
    expect(parseYears('7.5')).toBe(7.5);
    expect(parseYears('99')).toBe(60);
    expect(cleanLine('  - Built things ')).toBe('Built things');
    expect(cleanLine('• Led a team')).toBe('Led a team');
    expect(cleanLine('C++ and C#')).toBe('C++ and C#');
  });
});
