/**
 * A minimal RuleContext builder for rule tests, used until (or instead of) lib/extract: splits
 * lines and sentences, and reads section kinds from simple headings. No skills, no salary.
 */
import type { Span } from '@/lib/types';
import type { RuleContext, Section, SectionKind } from '@/lib/rules/types';

const HEADINGS: [RegExp, SectionKind][] = [
  [/\b(?:nice to have|preferred|bonus|plus|desired)\b/i, 'preferred'],
  [/\b(?:requirements?|required|qualifications?|must have|what you need|you have|skills)\b/i, 'required'],
  [/\b(?:responsibilities|what you(?:'ll| will) do|duties|the role)\b/i, 'responsibilities'],
  [/\b(?:benefits|perks|we offer|compensation)\b/i, 'benefits'],
  [/\b(?:about (?:us|the company)|who we are)\b/i, 'about'],
];

/** Builds a RuleContext from plain text: title = first line. */
export function buildContext(text: string, overrides: Partial<RuleContext> = {}): RuleContext {
  const sentences: Span[] = [];
  const sections: Section[] = [];
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  let current: Section = { kind: 'other', heading: null, start: 0, end: text.length };
  sections.push(current);
  while ((m = lineRe.exec(text)) !== null) {
    const line = m[0];
    const start = m.index;
    const heading = /^\s*([A-Za-z' ]{3,40}):\s*$/.exec(line) ?? /^\s*([A-Za-z' ]{3,40}):/.exec(line);
    const kind = heading ? HEADINGS.find(([re]) => re.test(heading[1]!))?.[1] : undefined;
    if (heading && kind) {
      current.end = start;
      current = { kind, heading: { start, end: start + heading[0].length }, start, end: text.length };
      sections.push(current);
    }
    const sentRe = /[^.!?]+(?:[.!?]+|$)/g;
    let s: RegExpExecArray | null;
    while ((s = sentRe.exec(line)) !== null) {
      if (s[0].length === 0) { sentRe.lastIndex++; continue; }
      const lead = s[0].length - s[0].trimStart().length;
      const body = s[0].trim();
      if (body) sentences.push({ start: start + s.index + lead, end: start + s.index + lead + body.length });
    }
  }
  const first = /[^\n]+/.exec(text)?.[0].trim() ?? null;
  return {
    text,
    title: first,
    sentences,
    sections,
    skills: [],
    experience: null,
    salary: null,
    seniority: null,
    sectionAt(offset: number): SectionKind {
      for (let i = sections.length - 1; i >= 0; i--) if (sections[i]!.start <= offset) return sections[i]!.kind;
      return 'other';
    },
    ...overrides,
  };
}
