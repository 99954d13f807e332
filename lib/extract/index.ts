/**
 * lib/extract: a posting's text -> Analysis (../shared/DESIGN.md, field meanings in
 * ../shared/corpus/LABELING.md). The only place that imports compromise (through nlp.ts).
 * Pure and synchronous; never throws; cost linear in the length of the text.
 *
 * Pipeline:
 *   segment.ts   sentences (lines, bullets, full stops, glued words) - no span crosses a newline
 *   sections.ts  headings (DOM ones, heading lines, inline "Requirements:") -> sections
 *   lib/skills   scanSkills on the raw text; nlp.ts tags the few ambiguous hits (Go, Swift...)
 *   cues.ts      the cue table (required / preferred / negated / mentioned, with scope)
 *   levels.ts    nearest cue by scope for each item in a sentence (clauses, parens, lists)
 *   skills.ts    section x cue -> level; either-or groups; one finding per skill
 *   years.ts     experience figures and their hard negatives; salary.ts pay figures
 *   seniority.ts, work-mode.ts; then lib/rules runRules() on the RuleContext built here
 *
 * Why not one compromise parse: tagging costs ~30 ms per 1,000 words and even nlp.tokenize() +
 * sweep costs about as much as this whole analysis (measured in the same run), so cues are
 * regexes over sentence strings and compromise only tags small windows around ambiguous words.
 */
import type { Analysis, ExperienceFinding, SkillFinding, SoftSkillFinding, Span } from '../types';
import type { RuleContext, Section, SectionKind } from '../rules/types';
import { runRules } from '../rules';
import { scanSkills, scanSoftSkills, type SkillMention } from '../skills';
import { splitSentences, sentenceIndexAt } from './segment';
import { buildSections, findHeadings, sectionAt } from './sections';
import { findCues, governItems, type Governing, type Item } from './levels';
import { aggregate, findGroups, levelFor } from './skills';
import { findYears, type YearsFigure } from './years';
import { findSalary } from './salary';
import { seniorityFromBody, seniorityFromTitle, seniorityFromYears } from './seniority';
import { findWorkMode } from './work-mode';
import { createTagsAt } from './nlp';

export interface AnalyzeMeta {
  title?: string | null;
  company?: string | null;
  location?: string | null;
  url?: string | null;
  /** heading spans the DOM supplied (h1-h6, bold-only blocks) */
  headings?: Span[];
}

/** Longest stretch of one sentence analysed as a unit for cue scope (keeps cost linear). */
const UNIT_MAX = 600;

/** Degree phrases: skills named as a field of study are education, not skills (LABELING.md). */
const DEGREE = /(?:\b[Bb]achelor|\b[Mm]aster|\b[Dd]octorate|\bPh\.?\s?D\b|\bB\.?S\.?c?\b|\bM\.?S\.?c?\b|\bB\.?A\b|\bB\.?Tech\b|\bM\.?Tech\b|\bB\.?E\b|\bMBA\b|\b[Dd]egree|\b[Dd]iploma)[^.;\n]{0,40}?\b(?:in|of)\s[^.;\n]{0,160}?(?:\bfields?\b|\bdisciplines?\b|\bmajors?\b|\bareas?\b|\bequivalent\b|(?=[.;\n])|$)/g;

/** Sentences that describe the company, not the role (their skills are only mentioned). */
const ABOUT_SENTENCE = /^(?:we\s+are\s+(?:a|an|the)\b|we[’']re\s+(?:a|an|the)\b|our\s+(?:company|mission|clients?|customers|platform|product|products|story|vision)\b|founded\s+in\b|since\s+\d{4}\b|at\s+[\p{Lu}][\w&.-]*(?:\s+[\p{Lu}][\w&.-]*){0,3},\s+we\b|[\p{Lu}][\w&.-]*(?:\s+[\p{Lu}][\w&.-]*){0,3}\s+(?:is\s+(?:a|an|the)\s+(?:leading|global|fast[- ]growing|nationally|world|premier|trusted|top|award|privately|publicly|venture|series|well[- ]funded|young|small|growing)|was\s+founded|provides|offers|delivers|helps|builds|has\s+been)\b)/iu;

/**
 * Sentences that can only describe the company, in any section: its size ("more than 400,000
 * customers", "our team of 50,000 technologists") or its reputation ("Originally known for ...").
 */
const COMPANY_SCALE = /\b(?:more\s+than|over|nearly|almost|some)\s+(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?\s*(?:k|m|million|billion|thousand))\+?\s+(?:customers|clients|employees|users|members|people|businesses|companies|organi[sz]ations)\b|\bour\s+(?:team|family|community|network)\s+of\s+(?:more\s+than\s+|over\s+)?[\d][\d,.]*\s*(?:k|m|million|thousand)?\+?\s+\w+|^(?:(?:originally|best|widely|globally|long|well)\s+)?known\s+(?:for|as)\b/i;

/** A sentence that opens as a demand ("Experience supporting over 10,000 users") is about the candidate. */
const DEMAND_START = /^(?:experience|experienced|expertise|knowledge|ability|able|proven|demonstrated|track\s+record|must|strong|solid|you|candidates?|\d)/i;

/** In untitled text, a sentence that describes the work ("You will deploy to AWS") is a duty. */
const DUTY_SENTENCE = /^(?:you\s+will\s+(?!need|have|bring|be\s+(?:required|expected))|you[’']ll\s+(?!need|have|bring)|you\s+are\s+responsible|responsible\s+for|in\s+this\s+role|your\s+(?:role|responsibilities|day|work)\b|we\s+(?:need|want)\s+you\s+to|(?:design|develop|build|maintain|implement|create|own|manage|collaborate|write|deploy|support|participate|drive|partner|assist|ensure|perform|provide)\s)/i;

const EMPTY: Omit<Analysis, 'text' | 'title' | 'company' | 'location' | 'url'> = {
  skills: [],
  softSkills: [],
  experience: null,
  salary: null,
  seniority: null,
  workMode: null,
  redFlags: [],
};

/** The full Analysis of a posting's text (DESIGN.md contract). Pure, synchronous, never throws. */
export function analyze(text: string, meta: AnalyzeMeta = {}): Analysis {
  const safe = typeof text === 'string' ? text : String(text ?? '');
  meta = meta && typeof meta === 'object' ? meta : {}; // JS callers may pass null
  const base = {
    text: safe,
    title: meta.title ?? guessTitle(safe),
    company: meta.company ?? null,
    location: meta.location ?? null,
    url: meta.url ?? null,
  };
  try {
    return { ...base, ...analyzeInner(safe, meta, base.title) };
  } catch {
    // The contract says never throw: a bug here must cost the analysis, not the extension.
    return { ...base, ...EMPTY, skills: [], softSkills: [], redFlags: [] };
  }
}

/** analyze() without the safety net: throws on a bug instead of returning an empty analysis (tests, eval). */
export function analyzeUnchecked(text: string, meta: AnalyzeMeta = {}): Analysis {
  const title = meta.title ?? guessTitle(text);
  return {
    text,
    title,
    company: meta.company ?? null,
    location: meta.location ?? null,
    url: meta.url ?? null,
    ...analyzeInner(text, meta, title),
  };
}

/** The posting's first line when it reads as a title (short, no sentence punctuation). */
function guessTitle(text: string): string | null {
  const m = /^\s*([^\n]{3,100})\n/.exec(text.slice(0, 400));
  if (!m) return null;
  const line = m[1]!.trim();
  if (/[.!?:;]$/.test(line) || line.split(/\s+/).length > 12 || !/\p{Lu}/u.test(line)) return null;
  return line;
}

interface Unit {
  start: number;
  end: number;
  section: SectionKind;
  about: boolean;
}

function toUnits(text: string, sentences: Span[], sections: Section[], company: string | null): Unit[] {
  // an inline heading ("...troubleshootingSkills/Qualifications: Bachelor's...") starts a new unit
  const cuts: number[] = [];
  for (const sec of sections) if (sec.heading) cuts.push(sec.heading.start);
  const pieces: Span[] = [];
  let ci = 0;
  for (const s of sentences) {
    while (ci < cuts.length && cuts[ci]! <= s.start) ci++;
    let a = s.start;
    for (let k = ci; k < cuts.length && cuts[k]! < s.end; k++) {
      if (cuts[k]! > a) pieces.push({ start: a, end: cuts[k]! });
      a = cuts[k]!;
    }
    pieces.push({ start: a, end: s.end });
  }
  sentences = pieces;
  const units: Unit[] = [];
  const companyRe = company && company.length >= 2 ? new RegExp(`^${escapeRe(company)}\\b`, 'i') : null;
  for (const s of sentences) {
    let section = sectionAt(sections, s.start);
    if (section === 'other' && DUTY_SENTENCE.test(text.slice(s.start, Math.min(s.end, s.start + 80)))) section = 'responsibilities';
    const head = text.slice(s.start, Math.min(s.end, s.start + 160));
    const about =
      section === 'about' ||
      (section !== 'preferred' && !DEMAND_START.test(head) && COMPANY_SCALE.test(text.slice(s.start, Math.min(s.end, s.start + 400)))) ||
      ((section === 'other' || section === 'responsibilities') &&
        (ABOUT_SENTENCE.test(head) || (!!companyRe && companyRe.test(head) && /^\S+(?:\s+\S+){0,3}\s+(?:is|was|provides|offers|delivers|helps|builds|has)\b/i.test(head))));
    let a = s.start;
    while (s.end - a > UNIT_MAX) {
      // search only inside the window: lastIndexOf over the whole text would make this quadratic
      const w = text.slice(a, a + UNIT_MAX);
      let cut = a + w.lastIndexOf(',');
      if (cut <= a + UNIT_MAX / 2) cut = a + w.lastIndexOf(' ');
      if (cut <= a + UNIT_MAX / 2) cut = a + UNIT_MAX;
      units.push({ start: a, end: cut, section, about });
      a = cut;
    }
    units.push({ start: a, end: s.end, section, about });
  }
  return units;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function degreeSpans(text: string): Span[] {
  const out: Span[] = [];
  DEGREE.lastIndex = 0;
  for (let m = DEGREE.exec(text); m; m = DEGREE.exec(text)) {
    if (m[0].length === 0) {
      DEGREE.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function analyzeInner(text: string, meta: AnalyzeMeta, title: string | null): Omit<Analysis, 'text' | 'title' | 'company' | 'location' | 'url'> {
  const sentences = splitSentences(text);
  const headings = findHeadings(text, sentences, meta.headings);
  const sections = buildSections(text, headings);
  const units = toUnits(text, sentences, sections, meta.company ?? null);
  const unitStarts = units.map((u) => u.start);
  const unitAt = (offset: number): number => {
    let lo = 0;
    let hi = units.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (unitStarts[mid]! <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best >= 0 && offset < units[best]!.end ? best : -1;
  };

  // skills, minus those named as a degree's field
  const tagsAt = createTagsAt(text, sentences);
  const degrees = degreeSpans(text);
  let di = 0;
  const mentions: SkillMention[] = [];
  for (const m of scanSkills(text, { tagsAt })) {
    while (di < degrees.length && degrees[di]!.end <= m.start) di++;
    const d = degrees[di];
    if (d && m.start >= d.start && m.end <= d.end) continue;
    mentions.push(m);
  }

  // years figures, per unit
  const short = text.trim().length <= 80;
  const figures: { fig: YearsFigure; unit: number }[] = [];
  units.forEach((u, ui) => {
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\b/i.test(text.slice(u.start, u.end))) return;
    if (!/(?:years?|yrs?|months?)\b/i.test(text.slice(u.start, u.end)) && !/year\(s\)|year\*s/i.test(text.slice(u.start, u.end))) return;
    for (const fig of findYears(text.slice(u.start, u.end), u.start, u.section === 'required', short)) figures.push({ fig, unit: ui });
  });

  // group items per unit and resolve their governing cue
  const byUnit = new Map<number, { mentions: number[]; figures: number[] }>();
  mentions.forEach((m, i) => {
    const u = unitAt(m.start);
    if (u < 0) return;
    let e = byUnit.get(u);
    if (!e) byUnit.set(u, (e = { mentions: [], figures: [] }));
    e.mentions.push(i);
  });
  figures.forEach((f, i) => {
    let e = byUnit.get(f.unit);
    if (!e) byUnit.set(f.unit, (e = { mentions: [], figures: [] }));
    e.figures.push(i);
  });
  const mentionGov: (Governing | null)[] = new Array(mentions.length).fill(null);
  const figureGov: (Governing | null)[] = new Array(figures.length).fill(null);
  const mentionGroup: (string | undefined)[] = new Array(mentions.length).fill(undefined);
  let groupCounter = 0;
  for (const [ui, e] of byUnit) {
    const u = units[ui]!;
    const s = text.slice(u.start, u.end);
    const items: Item[] = [
      ...e.mentions.map((i) => ({ start: mentions[i]!.start - u.start, end: mentions[i]!.end - u.start })),
      ...e.figures.map((i) => ({ start: figures[i]!.fig.span.start - u.start, end: figures[i]!.fig.span.end - u.start })),
    ];
    const gov = governItems(s, items, findCues(s));
    e.mentions.forEach((mi, k) => (mentionGov[mi] = gov[k] ?? null));
    e.figures.forEach((fi, k) => (figureGov[fi] = gov[e.mentions.length + k] ?? null));
    if (e.mentions.length >= 2) {
      const local = findGroups(s, u.start, e.mentions.map((i) => mentions[i]!));
      const ids = new Map<number, string>();
      for (const [k, g] of local) {
        if (!ids.has(g)) ids.set(g, `g${++groupCounter}`);
        mentionGroup[e.mentions[k]!] = ids.get(g);
      }
    }
  }

  const occ = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const u = unitAt(m.start);
    const unit = u >= 0 ? units[u]! : null;
    const level = levelFor(unit?.section ?? sectionAt(sections, m.start), mentionGov[i] ?? null, unit?.about ?? false);
    if (!level) continue;
    occ.push({ mention: m, level, group: mentionGroup[i] });
  }
  const skills: SkillFinding[] = aggregate(occ);

  const experience = chooseExperience(text, figures, figureGov, units, mentions);
  const salary = findSalary(text, `${meta.location ?? ''}\n${text}`);
  const workMode = findWorkMode(text).mode;
  const seniority =
    seniorityFromTitle(title) ?? seniorityFromBody(text.slice(0, 20000)) ?? seniorityFromYears(experience?.minYears ?? null);

  const soft = new Map<string, SoftSkillFinding>();
  for (const s of scanSoftSkills(text)) {
    let f = soft.get(s.name);
    if (!f) soft.set(s.name, (f = { name: s.name, evidence: [] }));
    f.evidence.push({ start: s.start, end: s.end });
  }
  const softSkills = [...soft.values()];

  const ctx: RuleContext = {
    text,
    title,
    sentences,
    sections,
    skills,
    experience,
    salary,
    seniority,
    sectionAt: (offset: number) => sectionAt(sections, offset),
  };
  const redFlags = runRules(ctx);
  return { skills, softSkills, experience, salary, seniority, workMode, redFlags };
}

function chooseExperience(
  text: string,
  figures: { fig: YearsFigure; unit: number }[],
  gov: (Governing | null)[],
  units: Unit[],
  mentions: SkillMention[],
): ExperienceFinding | null {
  if (!figures.length) return null;
  const perSkill = new Map<string, { skill: string; minYears: number; evidence: Span[] }>();
  const whole: YearsFigure[] = [];
  const area: YearsFigure[] = [];
  const skillFigs: YearsFigure[] = [];
  const all: Span[] = [];
  figures.forEach(({ fig, unit }, i) => {
    const u = units[unit]!;
    const g = gov[i];
    if (g?.label === 'negated') return;
    const preferred = g?.label === 'preferred' || (u.section === 'preferred' && g?.label !== 'required') || u.section === 'preferred';
    const objects = objectSkills(text, fig, u, mentions);
    for (const m of objects) {
      const prev = perSkill.get(m.skill.name);
      if (!prev || prev.minYears < fig.min) perSkill.set(m.skill.name, { skill: m.skill.name, minYears: fig.min, evidence: [fig.span] });
    }
    if (preferred || u.section === 'about' || u.section === 'benefits' || u.about) return;
    all.push(fig.span);
    if (objects.length) skillFigs.push(fig);
    else if (fig.general) whole.push(fig);
    else area.push(fig);
  });
  let minYears: number | null = null;
  let maxYears: number | null = null;
  const evidence: Span[] = [];
  if (whole.length) {
    const best = whole.reduce((a, b) => (b.min < a.min ? b : a));
    minYears = best.min;
    const withMax = whole.filter((f) => f.max !== null);
    maxYears = best.max === null ? null : Math.max(...withMax.map((f) => f.max!));
    evidence.push(...whole.map((f) => f.span));
    // "5+ years overall" and "5 to 7 years of X": the same floor, and the only stated ceiling
    if (maxYears === null) {
      const bound = [...area, ...skillFigs].find((f) => f.min === minYears && f.max !== null);
      if (bound) {
        maxYears = bound.max;
        evidence.push(bound.span);
      }
    }
  } else if (area.length || skillFigs.length) {
    const pool = [...area, ...skillFigs];
    const best = pool.reduce((a, b) => (b.min > a.min || (b.min === a.min && a.max === null && b.max !== null) ? b : a));
    minYears = best.min;
    maxYears = best.max;
    evidence.push(best.span);
  }
  const per = [...perSkill.values()];
  if (minYears === null && !per.length) return null;
  const out: ExperienceFinding = { minYears, maxYears, evidence: minYears === null ? [] : evidence };
  if (per.length) out.perSkill = per;
  void all;
  return out;
}

/** Skills a figure is about: "5+ years of [Java] and [Kotlin]", "[Java]: 5+ years", "[Go] (3 years)". */
function objectSkills(text: string, fig: YearsFigure, u: Unit, mentions: SkillMention[]): SkillMention[] {
  const out: SkillMention[] = [];
  const lo = lowerBound(mentions, u.start);
  let last = fig.objectStart;
  for (let i = lo; i < mentions.length && mentions[i]!.start < u.end; i++) {
    const m = mentions[i]!;
    if (m.end <= fig.span.start) {
      // "Java: 5+ years" / "Java (5+ years)"
      const gap = text.slice(m.end, fig.span.start);
      if (/^\s*(?:[:(–-]|-\s)\s*(?:at\s+least\s+|min(?:imum)?\.?\s+)?$/i.test(gap)) out.push(m);
      continue;
    }
    if (m.start < fig.objectStart) continue;
    const gap = text.slice(last, m.start);
    if (last === fig.objectStart) {
      // words between the figure and the first object: "of experience with", "of hands-on", "in"
      if (gap.length > 70 || /[.;:]|\d\s*\+?\s*(?:years?|yrs?)/i.test(gap) || gap.split(/\s+/).filter(Boolean).length > 7) break;
      if (!/^\s*(?:\+\s*)?(?:of|in|with|using|on|working|developing|building|programming|writing|experience|exp|hands|professional|relevant|commercial|production|solid|strong|practical|combined|proven|industry|software|development|engineering)\b|^\s*$/i.test(gap)) break;
    } else if (!/^[\s,/&]*(?:(?:and|or|and\/or|as well as|plus|including|e\.g\.|such as)[\s,]*)?[\s(]*$/i.test(gap)) break;
    out.push(m);
    last = m.end;
  }
  return out;
}

function lowerBound(mentions: SkillMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export { splitSentences, sentenceIndexAt };
