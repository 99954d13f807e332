/**
 * Sections of a posting from its headings: DOM headings when the page gave them, otherwise
 * heading lines and inline "Requirements:" forms found here. Rules are data, first match wins.
 */
import type { Span } from '../types';
import type { Section, SectionKind } from '../rules/types';

interface HeadingRule {
  re: RegExp;
  kind: SectionKind;
  reason: string;
}

/** Ordered: mixed and preferred before required ("Preferred qualifications" has "qualifications"). */
export const HEADING_RULES: HeadingRule[] = [
  { re: /\b(?:must[- ]haves?|required|minimum|basic)\b.*\b(?:nice[- ]to[- ]haves?|preferred|bonus)\b/i, kind: 'required', reason: 'mixed heading: must-have and nice-to-have together; sentence cues decide' },
  { re: /\b(?:responsibilities|duties|role)\b.*\b(?:qualifications|requirements|skills)\b|\b(?:qualifications|requirements|skills)\b.*\b(?:responsibilities|duties)\b/i, kind: 'required', reason: 'duties and requirements under one heading: the requirements decide' },
  { re: /\b(?:nice[- ]to[- ]haves?|good[- ]to[- ]haves?|great[- ]to[- ]haves?|bonus|brownie points|extra credit|pluses|plus(?:es)?|preferred|desired|desirable|optional|would be (?:nice|great|a plus)|stand out|sets? you apart|ideally|additional qualifications)\b/i, kind: 'preferred', reason: 'nice-to-have heading' },
  { re: /\babout (?:you|yourself)\b|\bwho you are\b|\byour (?:profile|background|skills|experience|qualifications)\b/i, kind: 'required', reason: 'about-you heading' },
  { re: /\b(?:about (?:the )?(?:role|job|position|opportunity)|what you(?:'|’)?ll (?:do|be doing)|what you will (?:do|be doing)|day[- ]to[- ]day|your (?:role|impact|mission|day)|the role|responsibilit(?:y|ies)|duties|(?:primary|essential|key|main|core|job|major)\s+functions|key activities|activities|accountabilities|tasks|in this role|the job|job duties|what the job involves)\b/i, kind: 'responsibilities', reason: 'duties heading' },
  { re: /\b(?:tech(?:nology)? stack|technologies|our stack|tools we use|tech we use|environment)\b/i, kind: 'other', reason: 'tech-stack list: skills there are mentioned' },
  { re: /\b(?:requirements?|required|must[- ]haves?|must have|qualifications?|what you(?:'|’)?ll need|what you need|what you will need|what we(?:'|’)?re looking for|what we are looking for|looking for|we(?:'|’)?re seeking|you have|you(?:'|’)?ll have|you bring|what you bring|what you(?:'|’)?ll bring|skills|skill set|skillset|experience|knowledge|competenc(?:y|ies)|essentials?|requires|ideal candidate|profile|who we(?:'|’)?re looking for|expertise)\b/i, kind: 'required', reason: 'requirements heading' },
  { re: /\b(?:benefits|perks|what we offer|we offer|compensation|salary|pay|why (?:join|work)|in it for you|rewards|package)\b/i, kind: 'benefits', reason: 'benefits heading' },
  { re: /^about\b|\bwho we are\b|\bour (?:company|mission|story|team|culture|values)\b|\bcompany (?:description|overview|profile)\b|\bthe company\b|\bthe team\b/i, kind: 'about', reason: 'about-company heading' },
];

/** The section kind a heading's words name, or null when they name none. */
export function classifyHeading(heading: string): SectionKind | null {
  const h = heading.replace(/[*#_:|]+/g, ' ').trim();
  for (const r of HEADING_RULES) if (r.re.test(h)) return r.kind;
  return null;
}

/** Words a heading may consist of; a short line made only of these is a heading. */
const HEADING_WORDS = new Set(
  `a an the and & or of for to in on with your our you we what who why how will be is are 'll ll do doing this that these
  key main core primary general additional other technical tech professional personal job role position work team company
  minimum basic required requirement requirements preferred desired desirable optional nice good great bonus plus pluses points
  must have haves has need needs needed qualification qualifications skill skills experience experiences knowledge abilities ability
  competencies competency essential essentials responsibilities responsibility duties duty tasks activities accountabilities
  benefits perks offer offering compensation salary pay package rewards about us overview description summary profile mission
  story culture values expectations expected looking seeking ideal candidate candidates bring brings day life stack technologies tools
  environment details detail information info apply application process highlights education certifications certification
  impact opportunity extra credit stand out apart sets following etc also include includes level you'll you're we're we'll what's who's you’ll we’re`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}'’&]+/gu;

function onlyHeadingWords(line: string): boolean {
  const words = line.match(WORD) ?? [];
  return words.length > 0 && words.length <= 6 && words.every((w) => HEADING_WORDS.has(w.toLowerCase().replace(/[’]/g, "'")));
}

/** Whether a whole line reads as a heading (no DOM headings given). */
export function isHeadingLine(line: string): boolean {
  let t = line.trim();
  if (!t || t.length > 120) return false;
  const md = /^#{1,6}\s|^\*\*.+\*\*:?$|^__.+__:?$/.test(t);
  t = t.replace(/^#{1,6}\s*|^\*\*|\*\*:?$|^__|__:?$/g, '').trim();
  if (/[.,;!?]$/.test(t)) return false;
  const words = t.match(WORD) ?? [];
  if (words.length === 0 || words.length > 12) return false;
  const colon = /[:：]$/.test(t);
  if (md) return words.length <= 10;
  if (colon) return words.length <= 12;
  if (words.length > 7) return false;
  if (/^about\b/i.test(t) && words.length <= 6) return true;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && words.length <= 6) return true;
  return words.every((w) => HEADING_WORDS.has(w.toLowerCase().replace(/[’]/g, "'")));
}

/**
 * Inline headings: a run of heading words just before a colon ("Requirements:", "...experience -
 * Key Responsibilities and Qualifications: Looking for...", "requiredPreferred Qualifications:Keyboarding").
 * Only runs that name a known section count, so "Location:" or "Job Req #:" are not headings.
 */
export function findInlineHeadings(text: string, sentences: Span[]): Span[] {
  const out: Span[] = [];
  const colon = /[:：]/g;
  for (let m = colon.exec(text); m; m = colon.exec(text)) {
    const end = m.index;
    // walk back over at most 7 words of heading vocabulary on the same line
    let i = end;
    let start = end;
    let words = 0;
    while (words < 7) {
      let j = i;
      while (j > 0 && /[ \t\u00a0/&]/.test(text[j - 1]!) && end - j < 120) j--;
      let k = j;
      while (k > 0 && /[\p{L}'’&]/u.test(text[k - 1]!)) k--;
      if (k === j) break;
      const w = text.slice(k, j);
      // a glued boundary "requiredPreferred": take only the capitalised tail
      const glued = /^[a-z]{3,}(?=[A-Z])/.exec(w);
      const word = glued ? w.slice(glued[0].length) : w;
      if (!HEADING_WORDS.has(word.toLowerCase().replace(/[’]/g, "'"))) break;
      start = glued ? k + glued[0].length : k;
      words++;
      if (glued) break;
      i = k;
    }
    if (words === 0) {
      // "About Ascent:The Ascent Services Group is..." names the company section inline
      const about = /(?:^|[\s.!?)\]])(About\s+(?:[\p{Lu}][\p{L}\p{N}&.'’-]*\s*){1,4})$/u.exec(text.slice(Math.max(0, end - 80), end));
      if (about && /^[:：]\s*\S/.test(text.slice(end, end + 3))) out.push({ start: end - about[1]!.length, end });
      continue;
    }
    let phrase = text.slice(start, end);
    if (!/^[\p{Lu}]/u.test(phrase)) {
      // "...experience required Responsibility level:": the heading starts at its capitalised word
      const cap = /(?<=[\s/&])[\p{Lu}]/u.exec(phrase);
      if (!cap) continue;
      start += cap.index;
      phrase = phrase.slice(cap.index);
    }
    const kind = classifyHeading(phrase);
    if (!kind || kind === 'benefits' || kind === 'other') continue;
    // a structured field ("Experience: 2-5 Yrs", "Skills: 3+ years") is a value, not a section
    if (/^[:：]\s*(?:[\d$€£₹]|n\/a\b|none\b)/i.test(text.slice(end, end + 12))) continue;
    out.push({ start, end });
  }
  // an upper-case heading glued to its first item: "...systems.PRIMARY FUNCTIONS-Safely perform",
  // "QUALIFICATIONS Must hold"
  CAPS_HEADING.lastIndex = 0;
  for (let m = CAPS_HEADING.exec(text); m; m = CAPS_HEADING.exec(text)) {
    const start = m.index + m[1]!.length;
    const end = start + m[2]!.length;
    if (out.some((h) => h.start <= start && h.end >= end)) continue;
    const kind = classifyHeading(m[2]!);
    if (!kind || kind === 'benefits' || kind === 'other') continue;
    out.push({ start, end });
  }
  // a heading noun glued to the first word of its text: "...nice to have.DescriptionThe ideal candidate"
  GLUED_HEADING.lastIndex = 0;
  for (let m = GLUED_HEADING.exec(text); m; m = GLUED_HEADING.exec(text)) {
    const start = m.index + m[1]!.length;
    const end = start + m[2]!.length;
    if (!out.some((h) => h.start < end && h.end > start)) out.push({ start, end });
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  void sentences;
  return out;
}

/** A heading noun glued to a capitalised word, after a sentence end or at a line start. */
const GLUED_HEADING =
  /((?:^|[.!?:;)])[ \t\u00a0]{0,4})((?:Job |Position |Role |Company )?(?:Description|Summary|Overview|Responsibilities|Requirements|Qualifications|Duties|Benefits))(?=[A-Z][a-z])/gm;

/** 1-4 upper-case words after a sentence end, then a dash or nothing before a capitalised word. */
const CAPS_HEADING = /([.!?:;)]\s{0,4}|\n[ \t]{0,8})((?:[A-Z][A-Z&/]{1,20}[ \t]{1,4}){0,3}[A-Z][A-Z&/]{2,20})(?=[ \t]{0,4}[-–—]?[ \t]{0,4}[A-Z][a-z])/g;

export interface HeadingFound {
  span: Span;
  kind: SectionKind;
  /** an inline heading that governs only the rest of its own line ("- Nice to have: Redis") */
  lineOnly?: boolean;
}

/** All headings, in text order: DOM ones if given, else heading lines, plus inline forms. */
export function findHeadings(text: string, sentences: Span[], domHeadings?: Span[]): HeadingFound[] {
  const found: HeadingFound[] = [];
  if (domHeadings && domHeadings.length) {
    for (const h of domHeadings) {
      if (h.start < 0 || h.end > text.length || h.end <= h.start) continue;
      found.push({ span: { start: h.start, end: h.end }, kind: classifyHeading(text.slice(h.start, h.end)) ?? 'other' });
    }
  } else {
    let lineStart = 0;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      if (lineEnd - lineStart <= 160) {
        const line = text.slice(lineStart, lineEnd);
        if (isHeadingLine(line)) {
          const lead = line.length - line.trimStart().length;
          const s = lineStart + lead;
          const e = lineStart + line.trimEnd().length;
          const kind = classifyHeading(line);
          // an unnamed heading still ends the section before it ("Job Summary" after the requirements)
          if (kind || /[:：]\s*$/.test(line) || /^\s*#/.test(line) || onlyHeadingWords(line)) found.push({ span: { start: s, end: e }, kind: kind ?? 'other' });
        }
      }
      lineStart = lineEnd + 1;
    }
  }
  const inline = findInlineHeadings(text, sentences);
  const lineHeadings = found.slice();
  let li = 0;
  for (const span of inline) {
    // both lists are in text order: walk them together (linear, even with thousands of colons)
    while (li < lineHeadings.length && lineHeadings[li]!.span.end <= span.start) li++;
    const h = lineHeadings[li];
    if (h && span.start < h.span.end && span.end > h.span.start) continue;
    found.push({ span, kind: classifyHeading(text.slice(span.start, span.end)) ?? 'other', lineOnly: lineOnly(text, span) });
  }
  found.sort((a, b) => a.span.start - b.span.start);
  return found;
}

/**
 * Whether an inline heading governs only the rest of its line: it sits in a bullet item or after
 * other words on the line, and the line has content after the colon. A heading that opens its
 * line and introduces a bullet list on the next lines governs the list.
 */
function lineOnly(text: string, span: Span): boolean {
  // bounded windows: a 1 MB line full of colons must stay linear
  const back = text.slice(Math.max(0, span.start - 300), span.start);
  const lead = back.slice(back.lastIndexOf('\n') + 1);
  const fwd = text.slice(span.end, span.end + 300);
  const nl = fwd.indexOf('\n');
  const le = nl < 0 ? span.end + fwd.length : span.end + nl;
  const rest = text.slice(span.end, le).replace(/^[:：]/, '').trim();
  if (!rest) return false;
  const inBullet = /^\s*(?:[-•*·▪◦‣⁃–]|\d{1,2}[.)])\s*$/.test(lead);
  const atStart = /^\s*$/.test(lead);
  if (inBullet) return true;
  if (atStart) {
    const next = /^\s*([^\n]*)/.exec(text.slice(le + 1, le + 200))?.[1] ?? '';
    return !/^(?:[-•*·▪◦‣⁃–]|\d{1,2}[.)])\s/.test(next);
  }
  return false; // glued or mid-line ("...experience - Key Responsibilities and Qualifications: ..."): the rest of the text
}

/** Sections from headings: each runs to the next heading; text before the first is untitled 'other'. */
export function buildSections(text: string, headings: HeadingFound[]): Section[] {
  const out: Section[] = [];
  if (!headings.length || headings[0]!.span.start > 0) {
    out.push({ kind: 'other', heading: null, start: 0, end: headings[0]?.span.start ?? text.length });
  }
  let resume: SectionKind = 'other';
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    const end = headings[i + 1]?.span.start ?? text.length;
    if (h.lineOnly) {
      const nl = text.slice(h.span.end, end).indexOf('\n');
      const le = nl < 0 ? end : h.span.end + nl;
      out.push({ kind: h.kind, heading: h.span, start: h.span.start, end: le });
      // after the line, the section the inline heading interrupted resumes
      if (le < end) out.push({ kind: resume, heading: null, start: le, end });
      continue;
    }
    out.push({ kind: h.kind, heading: h.span, start: h.span.start, end });
    resume = h.kind;
  }
  return out.filter((s) => s.end > s.start || s.heading);
}

/** The kind of section an offset falls in (binary search over sections in order). */
export function sectionAt(sections: Section[], offset: number): SectionKind {
  let lo = 0;
  let hi = sections.length - 1;
  let best: Section | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid]!;
    if (s.start <= offset) {
      best = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best && offset < best.end ? best.kind : best?.kind ?? 'other';
}
