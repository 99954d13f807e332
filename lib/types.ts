/**
 * The contracts every context shares (../shared/DESIGN.md). Pure types: no runtime code,
 * so any context (content script, background, pages, CLI) may import this file for free.
 */

/** A half-open range of UTF-16 code units in `Analysis.text`: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

export type SkillLevel = 'required' | 'preferred' | 'mentioned';
export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'staff' | 'lead' | 'director';
export type WorkMode = 'remote' | 'hybrid' | 'onsite';
export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface SkillFinding {
  /** Canonical name from the taxonomy, e.g. "JavaScript". */
  name: string;
  /** Other spellings the taxonomy knows, e.g. ["JS", "ECMAScript"]. */
  aliases: string[];
  category: string;
  level: SkillLevel;
  /** Every place the posting names it, in text order. */
  evidence: Span[];
  /** Skills named together as alternatives ("Java or Kotlin"): same group id. */
  group?: string;
}

export interface SoftSkillFinding {
  name: string;
  evidence: Span[];
}

export interface ExperienceFinding {
  minYears: number | null;
  maxYears: number | null;
  evidence: Span[];
  /** Per-skill figures ("3+ years of Python"), canonical skill name -> years. */
  perSkill?: { skill: string; minYears: number; evidence: Span[] }[];
}

export interface SalaryFinding {
  min: number | null;
  max: number | null;
  currency: string;
  period: PayPeriod;
  evidence: Span[];
}

export interface RedFlag {
  /** Stable id from corpus/LABELING.md; never renamed. */
  id: string;
  title: string;
  /** A plain sentence the user reads. */
  why: string;
  evidence: Span[];
}

export interface Analysis {
  text: string;
  title: string | null;
  company: string | null;
  location: string | null;
  url: string | null;
  skills: SkillFinding[];
  softSkills: SoftSkillFinding[];
  experience: ExperienceFinding | null;
  salary: SalaryFinding | null;
  seniority: Seniority | null;
  workMode: WorkMode | null;
  redFlags: RedFlag[];
  match?: Match;
}

export interface ProfileSkill {
  name: string;
  years?: number;
  /** The resume line it came from. */
  evidence?: string;
}

export interface Profile {
  /** IndexedDB key; absent in a bare profile JSON given to the CLI. */
  id?: string;
  name: string;
  skills: ProfileSkill[];
  totalYears?: number | null;
  seniority?: Seniority | null;
  salaryFloor?: { amount: number; currency: string; period: PayPeriod } | null;
  workModes?: WorkMode[];
  /** Skills or red-flag ids the user refuses. */
  dealbreakers?: string[];
  resumeText?: string;
  updatedAt?: number;
}

export interface MatchLine {
  /** What earned or cost points, in plain words. */
  label: string;
  points: number;
  /** Points this line could have earned at most. */
  max: number;
}

export interface Match {
  score: number;
  version: string;
  required: { have: string[]; missing: string[] };
  preferred: { have: string[]; missing: string[] };
  experience: { required: number | null; have: number | null; ok: boolean | null };
  caps: { id: string; reason: string; max: number }[];
  tips: string[];
  /** Where every point of the score comes from. */
  breakdown?: MatchLine[];
  /** Canonical skill name -> the profile skill (and resume line) that covers it. */
  credited?: Record<string, { by: string; via: 'name' | 'alias' | 'implied'; evidence?: string }>;
  profileName?: string;
}

/** What a site adapter reads from a page: plain data, no DOM. */
export interface PostingMeta {
  /** The adapter id that read it: 'linkedin', 'json-ld', 'generic', 'selection' ... */
  site: string;
  url: string;
  canonicalUrl: string | null;
  postingId: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  /** Fields the adapter expected but found empty (page-health check). */
  missing?: string[];
}
