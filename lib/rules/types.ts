import type { ExperienceFinding, SalaryFinding, Seniority, SkillFinding, Span } from '../types';

/** What part of a posting a stretch of text belongs to, from its headings. */
export type SectionKind = 'required' | 'preferred' | 'responsibilities' | 'about' | 'benefits' | 'other';

export interface Section {
  kind: SectionKind;
  /** The heading line itself, or null for the untitled start of the text. */
  heading: Span | null;
  start: number;
  end: number;
}

/**
 * Everything a red-flag rule may read. lib/extract builds it once per analysis and hands it to
 * every rule; rules stay pure functions of it.
 */
export interface RuleContext {
  text: string;
  title: string | null;
  /** Sentence (or line / bullet) spans in text order; no span crosses a newline. */
  sentences: Span[];
  sections: Section[];
  skills: SkillFinding[];
  experience: ExperienceFinding | null;
  salary: SalaryFinding | null;
  seniority: Seniority | null;
  /** The kind of section an offset falls in ('other' when there are no headings). */
  sectionAt(offset: number): SectionKind;
}

export interface RuleHit {
  /** A plain sentence the user reads, about this posting. */
  why: string;
  /** Spans of text that support the flag; never empty. */
  evidence: Span[];
}

/** One red-flag rule: one file in lib/rules, registered in lib/rules/index.ts. */
export interface Rule {
  /** Stable id from ../shared/corpus/LABELING.md; the file name is the id. */
  id: string;
  /** Short title shown in the UI. */
  title: string;
  check(ctx: RuleContext): RuleHit | null;
  /** Posting texts (written by us) that must raise the flag, and ones that must not. */
  examples: { flag: string[]; pass: string[] };
}
