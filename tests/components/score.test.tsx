// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ScoreGauge, SkillList, hasSkill } from '@/components/Analysis';
import { MatchDetails } from '@/components/MatchDetails';
import { ProfileRanking } from '@/components/ProfileRanking';
import { analysis, fit } from './fixtures';
import { button, click, mount } from './render';

describe('ScoreGauge', () => {
  it('is a meter whose number alone sits in [data-testid=jdl-score]', () => {
    const root = mount(<ScoreGauge match={fit()} />);
    const meter = root.querySelector('[role=meter]')!;
    expect(meter.getAttribute('aria-valuenow')).toBe('62');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect(meter.getAttribute('aria-valuetext')).toBe('62 out of 100, partial fit');
    expect(root.querySelector('[data-testid=jdl-score]')!.textContent).toBe('62');
    expect(root.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(root.textContent).toContain('for “Backend me”');
    expect(root.querySelector('[data-testid=jdl-score-reason]')!.textContent).toBe('You have 2 of the 3 required skills.');
  });

  it('says which cap holds the score, only when it does', () => {
    const capped = fit({
      score: 35,
      caps: [{ id: 'missing-required', reason: '1 of 3 required skills is missing: PostgreSQL.', max: 35 }],
      breakdown: [...fit().breakdown!, { label: 'Capped at 35: …', points: -10, max: 0 }],
    });
    const root = mount(<ScoreGauge match={capped} />);
    const reason = root.querySelector('[data-testid=jdl-score-reason]')!;
    expect(reason.textContent).toBe('Held at 35: 1 of 3 required skills is missing: PostgreSQL.');
    expect(reason.getAttribute('data-cap-id')).toBe('missing-required');

    // A cap above a score that is already lower holds nothing: no "Held at".
    const low = fit({ score: 11, caps: [{ id: 'missing-required', reason: 'All missing.', max: 35 }] });
    expect(mount(<ScoreGauge match={low} />).textContent).not.toContain('Held at');
  });

  it('an empty profile says why it scores near zero and links to the import', () => {
    const empty = fit({
      score: 10,
      required: { have: [], missing: ['Python', 'Django', 'PostgreSQL'] },
      caps: [{ id: 'empty-profile', reason: 'Your profile has no skills yet, so nothing can be matched.', max: 10 }],
      breakdown: [{ label: 'Experience', points: 11, max: 15 }, { label: 'Capped at 10', points: -1, max: 0 }],
    });
    const root = mount(<ScoreGauge match={empty} />);
    expect(root.querySelector('[data-testid=jdl-score-reason]')!.textContent).toContain('Your profile has no skills yet');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/options.html?import=1');
  });

  it('with no profile invites an import instead of showing a number', () => {
    const root = mount(<ScoreGauge match={undefined} />);
    expect(root.querySelector('[data-testid=jdl-score]')).toBeNull();
    expect(root.querySelector('[data-testid=jdl-no-profile]')!.textContent).toContain('No fit score yet');
    expect(root.querySelector('a')!.textContent).toBe('Import your resume');
  });
});

describe('SkillList', () => {
  it('marks have and missing in words and data attributes, for every level', () => {
    const a = analysis();
    const root = mount(
      <>
        <SkillList analysis={a} level="required" />
        <SkillList analysis={a} level="preferred" />
        <SkillList analysis={a} level="mentioned" />
      </>,
    );
    const chip = (name: string) => root.querySelector(`[data-testid=jdl-skill][data-skill="${name}"]`)!;
    expect(chip('Python').getAttribute('data-have')).toBe('true');
    expect(chip('Python').getAttribute('data-level')).toBe('required');
    expect(chip('PostgreSQL').getAttribute('data-have')).toBe('false');
    // Screen readers hear "PostgreSQL, missing from your profile"; the ✗ is hidden from them.
    expect(chip('PostgreSQL').querySelector('.sr-only')!.textContent).toBe(', missing from your profile');
    expect(chip('PostgreSQL').querySelector('[aria-hidden=true]')!.textContent).toBe('✗ ');
    expect(chip('Apache Kafka').getAttribute('data-have')).toBe('true');
    expect(root.textContent).toContain('Required (3) · you have 2');
  });

  it('has no verdict without a profile', () => {
    const a = analysis(null);
    expect(hasSkill(a.match, a.skills[0]!)).toBeNull();
    const root = mount(<SkillList analysis={a} level="required" />);
    expect(root.textContent).not.toContain('you have');
    expect(root.textContent).not.toContain('✓');
  });

  it('chips become buttons that open the evidence', () => {
    const opened: string[] = [];
    const root = mount(<SkillList analysis={analysis()} level="required" onEvidence={(s) => opened.push(s.name)} selected="Django" />);
    click(root.querySelector('[data-skill=Python] button'));
    expect(opened).toEqual(['Python']);
    expect(root.querySelector('[data-skill=Django] button')!.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('[data-skill=Python] button')!.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('MatchDetails', () => {
  it('lists the breakdown with maxima, the cap line, the caps and the tips', () => {
    const m = fit({
      score: 20,
      caps: [
        { id: 'missing-required', reason: 'PostgreSQL is missing.', max: 20 },
        { id: 'work-mode', reason: 'Hybrid only.', max: 60 },
      ],
      breakdown: [...fit().breakdown!, { label: 'Capped at 20: PostgreSQL is missing.', points: -5, max: 0 }],
      experience: { required: 5, have: 3, ok: false },
    });
    const root = mount(<MatchDetails match={m} />);
    const rows = [...root.querySelectorAll('[data-testid=jdl-breakdown] tbody tr')].map((r) => r.textContent);
    expect(rows).toEqual(['Required: Python (in your profile)20 / 20', 'Required: PostgreSQL (missing)0 / 20', 'Seniority: senior role, you are senior5 / 5']);
    expect(root.querySelector('.cap-line')!.textContent).toBe('Capped at 20: PostgreSQL is missing.-5');
    expect(root.querySelector('[data-cap-id=missing-required]')!.textContent).toContain('this is the one that holds it');
    expect(root.querySelector('[data-cap-id=work-mode]')!.textContent).not.toContain('holds it');
    expect(root.textContent).toContain('the posting asks for 5+ years; you have 3.');
    expect(root.querySelector('[data-testid=jdl-tips]')!.textContent).toContain('Name the databases you used.');
  });
});

describe('ProfileRanking', () => {
  const ranking = [
    { id: 'b', name: 'Backend', score: 80, missingRequired: [], heldBy: null },
    { id: 'f', name: 'Frontend', score: 12, missingRequired: ['Python', 'Django', 'PostgreSQL', 'Redis'], heldBy: 'Too many missing.' },
  ];

  it('ranks best first and offers to switch when the active profile is not the best', () => {
    const switched: string[] = [];
    const root = mount(<ProfileRanking ranking={ranking} activeId="f" onSwitch={(id) => switched.push(id)} />);
    const rows = [...root.querySelectorAll('[data-testid=jdl-ranking-row]')];
    expect(rows.map((r) => r.getAttribute('data-score'))).toEqual(['80', '12']);
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    expect(rows[1]!.textContent).toContain('Missing: Python, Django, PostgreSQL +1');
    click(button(root, 'Switch to “Backend” (80)'));
    expect(switched).toEqual(['b']);
  });

  it('says so when the active profile is already the best, and hides with one profile', () => {
    const root = mount(<ProfileRanking ranking={ranking} activeId="b" onSwitch={() => {}} />);
    expect(root.querySelector('[data-testid=jdl-switch-best]')).toBeNull();
    expect(root.textContent).toContain('Your active profile is the best fit');
    expect(mount(<ProfileRanking ranking={ranking.slice(0, 1)} activeId="b" onSwitch={() => {}} />).innerHTML).toBe('');
  });
});
