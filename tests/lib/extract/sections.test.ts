import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/extract/segment';
import { buildSections, findHeadings, isHeadingLine, sectionAt } from '@/lib/extract/sections';

describe('heading lines', () => {
  it.each([
    'Requirements',
    'Minimum Qualifications',
    "What You'll Need",
    'Nice to Have',
    'KEY RESPONSIBILITIES',
    'About Acme',
    '## Benefits',
    '**Preferred Skills**',
    "We're looking for an engineer with:",
    'Skills & Experience',
  ])('%j is a heading', (line) => expect(isHeadingLine(line)).toBe(true));
  it.each([
    'Experience with Spring Boot and Kafka in production',
    'You will build services.',
    'Python, Go, Rust',
    'Strong communication skills, attention to detail, ownership and a lot more words here',
  ])('%j is not a heading', (line) => expect(isHeadingLine(line)).toBe(false));
});

const kinds = (text: string) => {
  const sentences = splitSentences(text);
  const sections = buildSections(text, findHeadings(text, sentences));
  return (needle: string) => sectionAt(sections, text.indexOf(needle));
};

describe('sections', () => {
  it('reads line headings', () => {
    const at = kinds('Intro text.\nResponsibilities\nBuild APIs\nRequirements\nPython\nNice to have\nRust\nBenefits\nGym\nAbout us\nWe sell things');
    expect([at('Intro'), at('Build'), at('Python'), at('Rust'), at('Gym'), at('We sell')]).toEqual(['other', 'responsibilities', 'required', 'preferred', 'benefits', 'about']);
  });
  it('reads inline and glued headings', () => {
    const at = kinds('Responsibilities:Sort mail. Requirements: Minimum of 6 months experience requiredPreferred Qualifications:Excel skills');
    expect([at('Sort'), at('Minimum of'), at('Excel')]).toEqual(['responsibilities', 'required', 'preferred']);
  });
  it('scopes an inline heading inside a bullet to its line', () => {
    const at = kinds('Requirements\n- Java\n- Nice to have: Redis\n- Docker');
    expect([at('Java'), at('Redis'), at('Docker')]).toEqual(['required', 'preferred', 'required']);
  });
  it('lets an inline heading that opens a list govern the list', () => {
    const at = kinds('Intro.\nRequirements: the following\n- Java\n- Docker');
    expect(at('Docker')).toBe('required');
  });
  it('reads an inline "About Company:" as the company section', () => {
    const at = kinds('Requirements\n- Java\nThanks! About Ascent:The Ascent Group builds apps on AWS.');
    expect([at('Java'), at('AWS')]).toEqual(['required', 'about']);
  });
  it('ends a section at an unnamed heading', () => {
    const at = kinds('Requirements\nPython\nJob Summary\nWe use Tableau.');
    expect([at('Python'), at('Tableau')]).toEqual(['required', 'other']);
  });
  it('does not take a structured field for a section', () => {
    const at = kinds('Job title: Analyst\nExperience: 2-5 Yrs\nWe use Tableau daily.');
    expect(at('Tableau')).toBe('other');
  });
  it('reads "Key Responsibilities and Qualifications:" as requirements', () => {
    const at = kinds('Job Description: Java Lead - Key Responsibilities and Qualifications: Strong Java.');
    expect(at('Strong')).toBe('required');
  });
});

describe('sentences', () => {
  it('splits lines, bullets, sentence ends and glued words, never across a newline', () => {
    const text = 'Requirements:* 4+ years of testing.* Good communication\nWe build things. You ship them.requiredHigh school';
    const got = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual(['Requirements:', '4+ years of testing.', 'Good communication', 'We build things.', 'You ship them.required', 'High school']);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).not.toContain('\n');
  });
});
