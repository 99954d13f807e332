// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SkillEvidence, sentenceAround } from '@/components/SkillEvidence';
import { analysis, fit } from './fixtures';
import { mount, press } from './render';

const skill = (name: string) => analysis().skills.find((s) => s.name === name)!;

describe('SkillEvidence', () => {
  it('quotes the sentence that asks for the skill, its words marked, and the resume line that shows it', () => {
    const root = mount(<SkillEvidence analysis={analysis()} skill={skill('Python')} onClose={() => {}} />);
    const quote = root.querySelector('[data-testid=jdl-posting-evidence]')!;
    expect(quote.textContent).toBe('Strong experience with Python and Django.');
    expect(quote.querySelector('mark')!.textContent).toBe('Python');
    expect(root.querySelector('[data-testid=jdl-resume-evidence]')!.textContent).toBe('Python (7 years), Go (3 years)');
  });

  it('narrows a line to its sentence', () => {
    const a = analysis();
    expect(sentenceAround(a.text, skill('Apache Kafka').evidence[0]!)).toBe('Kafka is a plus.');
    expect(sentenceAround(a.text, skill('PostgreSQL').evidence[0]!)).toBe('• Solid knowledge of PostgreSQL.');
  });

  it('names the profile skill behind an alias or implication, and says when no line backs it', () => {
    const kafka = mount(<SkillEvidence analysis={analysis()} skill={skill('Apache Kafka')} onClose={() => {}} />);
    expect(kafka.textContent).toContain('Profile skill Kafka (the same skill, spelled another way)');
    const django = mount(<SkillEvidence analysis={analysis()} skill={skill('Django')} onClose={() => {}} />);
    expect(django.querySelector('[data-testid=jdl-resume-evidence]')).toBeNull();
    expect(django.textContent).toContain('No resume line: this skill was added by hand.');
  });

  it('says when the profile lacks the skill', () => {
    const root = mount(<SkillEvidence analysis={analysis()} skill={skill('PostgreSQL')} onClose={() => {}} />);
    expect(root.querySelector('[data-testid=jdl-evidence-missing]')!.textContent).toContain('Your profile does not show PostgreSQL');
    expect(root.textContent).toContain('it is required here');
  });

  it('renders page and resume text as text, never as HTML', () => {
    const a = analysis({ credited: { ...fit().credited, Rust: { by: 'Rust', via: 'name', evidence: '<img src=x onerror=alert(1)> Rust' } } });
    const root = mount(
      <>
        <SkillEvidence analysis={a} skill={skill('Rust')} onClose={() => {}} />
        <SkillEvidence analysis={a} skill={skill('Apache Kafka')} onClose={() => {}} />
      </>,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)> Rust');
    expect(root.textContent).toContain('Node.js services; <b>Kafka</b> pipelines');
  });

  it('takes focus when opened and closes on Escape', () => {
    let closed = 0;
    const root = mount(<SkillEvidence analysis={analysis()} skill={skill('Python')} onClose={() => closed++} />);
    const card = root.querySelector('[data-testid=jdl-evidence]')!;
    expect(document.activeElement).toBe(card);
    press(card, 'Escape');
    expect(closed).toBe(1);
  });
});
