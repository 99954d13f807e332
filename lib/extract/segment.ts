/**
 * Splitting a posting into sentences (lines, bullets, sentence ends, and words glued together by
 * careless HTML-to-text conversion such as "requiredPreferred Qualifications:"). Linear, regex-light.
 */
import type { Span } from '../types';

/** Characters that start a bullet item, at a line start or inline ("skills.* Good ..."). */
const BULLET = /[•·▪◦●○■□►▸‣⁃*]/;

/**
 * Positions where a new sentence starts although no newline or full stop says so:
 * a lowercase word glued to a capitalised one ("requiredHigh school"), or ")" glued to a capital.
 * The lowercase run must be the whole word (>= 3 letters) so JavaScript, eCommerce, iOS stay whole.
 */
const GLUE = /(?<![\p{L}\p{N}])[a-z]{3,}(?=[A-Z][a-z])|\)(?=[A-Z][a-z])/gu;

/** Sentence-final punctuation followed by a space (or nothing) and a new sentence start. */
const END = /[.!?](?=\s+["'“(]?[\p{Lu}\p{N}•·*]|["'”)]\s)|[.!?](?=[\p{Lu}][\p{Ll}])/gu;

const LOST_BULLET = /(?<=[a-z)][ \t]{1,4})(?=(?:Experience|Knowledge|Strong|Excellent|Demonstrated|Ability|Bachelor|Master|Must|Minimum|Proven|Familiarity|Understanding|Working|Hands-on|Solid|Good|Deep|Expert|Expertise|Advanced|Proficiency|Proficient|Prior|Previous|Exposure|Background|Degree|Outstanding|Willingness|Able|Comfortable|Passion|Nice|Preferred|Bonus|Required|Develop|Design|Build|Create|Maintain|Manage|Collaborate|Participate|Prepare|Support|Provide|Ensure|Utilize|Perform|Write|Implement|Troubleshoot|Review|Communicate|Drive|Partner|Assist|Lead|Work|Familiar|Self|At least|\d{1,2}\+\s*years)\b)/g;

/** Abbreviations whose dot does not end a sentence. */
const ABBREV = /(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|Sr|Jr|Mr|Ms|Mrs|Dr|St|No|Inc|Ltd|Co|U\.S|a\.m|p\.m))$/i;

/** Sentence spans, in text order; none crosses a newline, each trimmed of spaces and bullets. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, start: number, end: number, out: Span[]): void {
  const line = text.slice(start, end);
  const cuts = new Set<number>();
  // a full stop inside a short parenthesis does not end the sentence: "(tools such as R. Python ... desired)"
  const open = line.indexOf('(') >= 0 ? parenDepths(line) : null;
  END.lastIndex = 0;
  for (let m = END.exec(line); m; m = END.exec(line)) {
    const before = line.slice(Math.max(0, m.index - 8), m.index);
    if (m[0] === '.' && ABBREV.test(before)) continue;
    if (open && open[m.index]! >= 0 && m.index - open[m.index]! <= 200) {
      const close = line.indexOf(')', m.index + 1);
      if (close > 0 && close - open[m.index]! <= 200 && !/[.!?]\s/.test(line.slice(m.index + 1, close))) continue;
    }
    cuts.add(m.index + 1);
  }
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(line); m; m = GLUE.exec(line)) cuts.add(m.index + m[0].length);
  // inline bullets: "* Good", "• Java", "· Perform" after text on the same line
  const bulletRe = /(?:^|[\s.:;!?)])([•·▪◦●○■□►▸‣⁃]|\*(?=\s*\S))/gu;
  for (let m = bulletRe.exec(line); m; m = bulletRe.exec(line)) {
    cuts.add(m.index + m[0].length - m[1]!.length);
    if (bulletRe.lastIndex === m.index) bulletRe.lastIndex++;
  }
  // dashed separators "-----" and " | " between fields
  const sepRe = /-{3,}|={3,}|_{3,}|\s\|\s/g;
  for (let m = sepRe.exec(line); m; m = sepRe.exec(line)) {
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  // Lines that lost their bullets ("...implementation Strong skills in SQL ... preferred Experience
  // with SSAS"): in a long line, a lowercase word followed by a capitalised bullet opener starts a
  // new sentence.
  if (line.length > 200) {
    LOST_BULLET.lastIndex = 0;
    for (let m = LOST_BULLET.exec(line); m; m = LOST_BULLET.exec(line)) {
      cuts.add(m.index);
      LOST_BULLET.lastIndex = m.index + 1; // a zero-width match: step past it
    }
  }
  const points = [...cuts].filter((c) => c > 0 && c < line.length).sort((a, b) => a - b);
  let s = 0;
  for (const c of [...points, line.length]) {
    pushTrimmed(text, start + s, start + c, out);
    s = c;
  }
}

/** For each position of a line, where the innermost open "(" before it starts, or -1. Linear. */
function parenDepths(line: string): Int32Array {
  const at = new Int32Array(line.length + 1).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '(') stack.push(i);
    else if (ch === ')' && stack.length) stack.pop();
    at[i] = stack.length ? stack[stack.length - 1]! : -1;
  }
  return at;
}

function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSkippable(text.charCodeAt(s), text[s]!)) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  // a lone list marker "-" or "1." at the start
  const lead = /^(?:[-–—+>]|\d{1,2}[.)])\s+/.exec(text.slice(s, Math.min(e, s + 6)));
  if (lead) s += lead[0].length;
  if (e > s && /[\p{L}\p{N}$€£₹]/u.test(text.slice(s, Math.min(e, s + 200)))) out.push({ start: s, end: e });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 160 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a);
}

function isSkippable(c: number, ch: string): boolean {
  return isSpace(c) || BULLET.test(ch);
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceIndexAt(sentences: Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
