// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { ProfileEditor } from '@/components/ProfileEditor';
import { ProfileList } from '@/components/ProfileList';
import type { Profile } from '@/lib/types';
import { button, click, field, mount, press, type } from './render';

const FLAGS = [
  { id: 'no-salary', title: 'No salary given' },
  { id: 'always-on-culture', title: 'Always-on culture' },
];

/** The editor with its state held like the options page holds it; `last()` is the latest profile. */
function editor(start: Profile) {
  let latest = start;
  function Host() {
    const [p, setP] = useState(start);
    return (
      <ProfileEditor
        profile={p}
        flags={FLAGS}
        onChange={(next) => {
          latest = next;
          setP(next);
        }}
      />
    );
  }
  const root = mount(<Host />);
  return { root, last: () => latest };
}

const rows = (root: HTMLElement) => [...root.querySelectorAll('[data-testid=jdl-profile-skill]')].map((r) => r.getAttribute('data-skill'));

describe('ProfileEditor', () => {
  it('edits name, years, level, work modes and the pay floor', () => {
    const { root, last } = editor({ name: 'Me', skills: [] });
    type(field(root, 'Profile name'), 'Backend me');
    type(field(root, 'Years of experience'), '6');
    type(field(root, 'Seniority'), 'senior');
    click(field(root, 'Remote'));
    click(field(root, 'Hybrid'));
    click(field(root, 'Remote'));
    type(field(root, 'Amount'), '85,000');
    type(field(root, 'Currency'), 'eur');
    type(field(root, 'per'), 'month');
    expect(last()).toMatchObject({
      name: 'Backend me',
      totalYears: 6,
      seniority: 'senior',
      workModes: ['hybrid'],
      salaryFloor: { amount: 85000, currency: 'EUR', period: 'month' },
    });
    type(field(root, 'Amount'), '');
    expect(last().salaryFloor, 'an empty amount is no floor').toBeNull();
    type(field(root, 'Years of experience'), '');
    expect(last().totalYears).toBeNull();
  });

  it('adds skills once under any spelling, with the resume line when the resume names them', () => {
    const { root, last } = editor({ name: 'Me', skills: [{ name: 'JavaScript' }], resumeText: 'Ran k8s clusters\nPython daily' });
    type(field(root, 'Add skills'), 'JS, Kubernetes, Go');
    press(field(root, 'Add skills'), 'Enter');
    expect(rows(root)).toEqual(['JavaScript', 'Kubernetes', 'Go']);
    expect(last().skills[1]).toEqual({ name: 'Kubernetes', evidence: 'Ran k8s clusters' });
    expect(root.textContent).toContain('One skill was already in the profile.');
    expect(root.querySelector('[data-skill=Kubernetes] [data-testid=jdl-skill-evidence]')!.textContent).toBe('Ran k8s clusters');
    type(field(root, 'Years of Go'), '3');
    expect(last().skills[2]).toEqual({ name: 'Go', years: 3 });
    type(field(root, 'Years of Go'), '');
    expect(last().skills[2]).toEqual({ name: 'Go' });
  });

  it('removes a skill with an undo that puts it back in place', () => {
    const skills = [{ name: 'Python', years: 7, evidence: 'Python (7 years)' }, { name: 'Go' }, { name: 'SQL' }];
    const { root, last } = editor({ name: 'Me', skills });
    click(button(root, 'Remove Python'));
    expect(rows(root)).toEqual(['Go', 'SQL']);
    click(button(root, 'Undo removing Python'));
    expect(rows(root)).toEqual(['Python', 'Go', 'SQL']);
    expect(last().skills[0]).toEqual(skills[0]);
  });

  it('keeps red-flag and skill dealbreakers in one list', () => {
    const { root, last } = editor({ name: 'Me', skills: [], dealbreakers: ['PHP'] });
    click(field(root, 'No salary given'));
    type(field(root, 'Skills you refuse to work with'), 'SAP, php');
    click(button(root, 'Add dealbreaker'));
    expect(last().dealbreakers, 'php is already there as PHP').toEqual(['PHP', 'no-salary', 'SAP']);
    click(button(root, 'Remove dealbreaker PHP'));
    click(field(root, 'No salary given'));
    expect(last().dealbreakers).toEqual(['SAP']);
  });
});

describe('ProfileList', () => {
  it('shows active and unsaved profiles and selects on click', () => {
    const picked: string[] = [];
    let created = 0;
    const root = mount(
      <ProfileList
        items={[
          { key: 'a', name: 'Backend', skills: 12 },
          { key: 'b', name: 'Frontend', skills: 1 },
          { key: 'new', name: 'New profile', skills: 0 },
        ]}
        selected="b"
        activeId="a"
        dirty={['b', 'new']}
        onSelect={(k) => picked.push(k)}
        onCreate={() => created++}
      />,
    );
    const items = [...root.querySelectorAll('[data-testid=jdl-profile-item]')];
    expect(items.map((i) => i.textContent)).toEqual(['Backend12 skills · active', 'Frontend1 skill · unsaved', 'New profile0 skills · not saved yet']);
    expect(items[1]!.getAttribute('aria-current')).toBe('true');
    expect(items[0]!.getAttribute('data-active')).toBe('true');
    click(items[0]);
    click(button(root, 'New profile'));
    expect(picked).toEqual(['a']);
    expect(created).toBe(1);
  });
});
