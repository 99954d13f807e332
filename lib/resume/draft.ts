import type { Profile, Seniority } from '../types';
import { getSkill, scanSkills, skillKey } from '../skills';
import type { SkillMention } from '../skills';
// The same title rules as postings (a pure file: no compromise comes with it).
import { seniorityFromTitle } from '../extract/seniority';
import { coveredMonths, rangesIn, statedYears, type Interval } from './dates';

/** The profile proposed from a resume, for the user to check and edit before anything is saved. */
export interface ResumeDraft {
  text: string;
  skills: { name: string; evidence: string /* the resume line */; years?: number }[];
  totalYears: number | null;
  seniority: Seniority | null;
  warnings: string[];
}

type SectionKind = 'experience' | 'education' | 'skills' | 'summary' | 'other';

/** Resume headings, by the kind of section they open. */
const HEADINGS: { kind: SectionKind; re: RegExp }[] = [
  { kind: 'experience', re: /^(?:professional |work |relevant |employment |career )?(?:experience|employment(?: history)?|work history|career history|professional background)$/i },
  { kind: 'education', re: /^(?:education|academic background|education (?:and|&) training|academics|training|certifications?|licenses?(?: (?:and|&) certifications)?|courses|coursework)$/i },
  { kind: 'skills', re: /^(?:(?:technical |core |key )?skills|technologies|tech stack|tools|competencies|skills (?:and|&) (?:tools|technologies))$/i },
  { kind: 'summary', re: /^(?:summary|profile|about(?: me)?|objective|professional summary)$/i },
  { kind: 'other', re: /^(?:projects?|personal projects|side projects|volunteer(?:ing)?(?: experience)?|awards|publications|languages|interests|hobbies|references)$/i },
];

function headingKind(line: string): SectionKind | null {
  const t = line.trim().replace(/[:：]\s*$/, '').replace(/\s+/g, ' ');
  if (!t || t.length > 40) return null;
  return HEADINGS.find((h) => h.re.test(t))?.kind ?? null;
}

/** Lines with their offsets and the section each falls in. */
function linesOf(text: string): { text: string; start: number; section: SectionKind | null; heading: boolean }[] {
  const out: { text: string; start: number; section: SectionKind | null; heading: boolean }[] = [];
  let section: SectionKind | null = null;
  let pos = 0;
  for (const line of text.split('\n')) {
    const kind = headingKind(line);
    if (kind) section = kind;
    out.push({ text: line, start: pos, section, heading: kind !== null });
    pos += line.length + 1;
  }
  return out;
}

const EDUCATION_LINE = /\b(?:universit|college|school|academy|b\.?\s?sc|m\.?\s?sc|b\.?a\.|m\.?a\.|bachelor|master|ph\.?\s?d|mba|degree|diploma|bootcamp)/i;
/** Years stated right after a skill: "Python (5 years)", "Go - 3 yrs", "SQL: 4+ years". */
const YEARS_AFTER = /^\s*[(:\-–—,]?\s*(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\b/i;
/** Years stated right before a skill: "5 years of Python", "3+ yrs experience with Go". */
const YEARS_BEFORE = /(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:(?:professional|hands-on|commercial|production)\s+)?(?:experience\s+(?:with|in|using)\s+)?$/i;

/** Title words that mark a line as a job title; its level is read with the postings' own rules. */
const ROLE = /\b(?:engineer|developer|programmer|architect|analyst|scientist|designer|manager|consultant|administrator|specialist|intern|internship|lead|director|head of|vp|vice president|cto|cio|devops|sre|tester|qa)\b/i;

/** The proposed profile from resume text: skills with their lines, total years, seniority. Nothing is saved here. */
export function draftProfile(text: string, now: Date = new Date()): ResumeDraft {
  const clean = text.replace(/\r\n?/g, '\n');
  const lines = linesOf(clean);
  const warnings: string[] = [];

  // Skills, in order of first appearance, each with the line that names it.
  const mentions = withListItems(clean, lines, scanSkills(clean)).filter((m) => !TITLE_AFTER.test(clean.slice(m.end, m.end + 30)));
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo]!;
  };
  const perLine = new Map<number, number>();
  for (const m of mentions) {
    const at = lineAt(m.start).start;
    perLine.set(at, (perLine.get(at) ?? 0) + 1);
  }
  const bySkill = new Map<string, { name: string; surfaces: SkillMention[]; evidence: string; years?: number }>();
  for (const m of mentions) {
    const line = lineAt(m.start);
    // A degree line names a field of study, not a skill ("MSc Statistics"; LABELING.md).
    if (EDUCATION_LINE.test(line.text) && line.section !== 'skills') continue;
    // A common English word ("Go", "Spring") counts only in a skills list or a line of skills.
    if (m.ambiguous && line.section !== 'skills' && (perLine.get(line.start) ?? 0) < 3) continue;
    const key = skillKey(m.skill.name);
    const years = yearsNear(clean, line, m);
    const evidence = line.text.trim();
    const prev = bySkill.get(key);
    if (!prev) bySkill.set(key, { name: m.skill.name, surfaces: [m], evidence, ...(years !== undefined ? { years } : {}) });
    else {
      prev.surfaces.push(m);
      if (prev.years === undefined && years !== undefined) Object.assign(prev, { years, evidence });
    }
  }
  const skills = [...bySkill.values()].map((s) => {
    // Keep the resume's own spelling ("JS") unless it also uses the canonical one: the match
    // then tells the user when the posting words it differently.
    const canonical = s.surfaces.some((m) => skillKey(m.surface).includes(skillKey(s.name)));
    const name = canonical ? s.name : s.surfaces[0]!.surface;
    return { name, evidence: s.evidence, ...(s.years !== undefined ? { years: s.years } : {}) };
  });
  if (skills.length === 0) warnings.push('No skills were recognised in the resume; add them by hand.');

  // Years: date ranges of jobs (not of studies), overlaps counted once.
  const jobRanges: Interval[] = [];
  for (const l of lines) {
    if (l.section === 'education' || l.section === 'other' || EDUCATION_LINE.test(l.text)) continue;
    jobRanges.push(...rangesIn(l.text, now));
  }
  const fromDates = jobRanges.length ? Math.round((coveredMonths(jobRanges) / 12) * 10) / 10 : null;
  const stated = statedYears(clean);
  let totalYears = fromDates ?? stated;
  if (fromDates !== null && stated !== null && Math.abs(fromDates - stated) >= 2) {
    warnings.push(`The resume says ${stated} years of experience, but its job dates add up to ${fromDates}. Check your total years.`);
  }
  if (totalYears === null) warnings.push('No job dates or years of experience found; enter your total years by hand.');
  if (totalYears !== null && totalYears > 50) totalYears = null;

  const seniority = seniorityOf(lines);
  if (seniority === null) warnings.push('No job title with a level (junior, senior, lead ...) found; set your seniority by hand.');
  if (clean.trim().length < 200) warnings.push('The resume text is very short; part of the file may not have been read.');

  return { text: clean, skills, totalYears, seniority, warnings };
}

/** A skill word that is part of a job title ("Backend Engineer", "Data Scientist"), not a skill claim. */
const TITLE_AFTER = /^[ \t]+(?:engineer|developer|programmer|architect|analyst|scientist|designer|consultant|administrator|specialist|intern|lead)s?\b/i;

/**
 * Items of skills lists ("Python (7 years), Go (3 years), JS") looked up one by one: the text
 * scanner is wary of short common words such as "Go", but an item of a skills list is a skill.
 */
function withListItems(text: string, lines: { text: string; start: number; section: SectionKind | null; heading: boolean }[], found: SkillMention[]): SkillMention[] {
  const out = [...found];
  const covered = (start: number, end: number) => found.some((m) => m.start < end && start < m.end);
  for (const l of lines) {
    const items = l.text.split(/([,;|•·]|\s\/\s)/);
    if (l.heading || (l.section !== 'skills' && items.length < 7)) continue;
    let pos = l.start;
    for (const item of items) {
      const core = /^\s*(?:[A-Za-z ]{2,30}:\s*)?(.*?)\s*(?:\([^)]*\))?\s*(?:[-–—:]?\s*\d{1,2}\+?\s*(?:years?|yrs?))?\s*$/i.exec(item)?.[1] ?? '';
      const at = core ? item.indexOf(core) : -1;
      const skill = core && core.length <= 40 ? getSkill(core) : undefined;
      if (skill && at >= 0 && !covered(pos + at, pos + at + core.length)) {
        out.push({ skill, start: pos + at, end: pos + at + core.length, surface: text.slice(pos + at, pos + at + core.length), ambiguous: false });
      }
      pos += item.length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function yearsNear(text: string, line: { text: string; start: number }, m: SkillMention): number | undefined {
  const lineEnd = line.start + line.text.length;
  const after = YEARS_AFTER.exec(text.slice(m.end, lineEnd));
  const before = YEARS_BEFORE.exec(text.slice(line.start, m.start));
  const raw = after?.[1] ?? before?.[1];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) && n > 0 && n <= 50 ? n : undefined;
}

/** Level of the most recent title: the first title line under Experience, else in the header. */
function seniorityOf(lines: { text: string; section: SectionKind | null; heading: boolean }[]): Seniority | null {
  const isTitle = (l: { text: string; heading: boolean }) => {
    const t = l.text.trim();
    return !l.heading && t.length > 0 && t.length <= 100 && !/^[-•*▪●◦–]/.test(t) && ROLE.test(t);
  };
  const inExperience = lines.find((l) => l.section === 'experience' && isTitle(l));
  const header = lines.find((l) => l.section === null && isTitle(l));
  for (const l of [inExperience, header]) {
    if (!l) continue;
    const level = seniorityFromTitle(l.text);
    if (level) return level;
  }
  return null;
}

/** A draft as a Profile to save once the user has checked it (the resume text kept for evidence links). */
export function profileFromDraft(draft: ResumeDraft, name: string): Profile {
  return {
    name,
    skills: draft.skills.map((s) => ({ ...s })),
    totalYears: draft.totalYears,
    seniority: draft.seniority,
    resumeText: draft.text,
  };
}
