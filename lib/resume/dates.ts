/**
 * Professional years from a resume's date ranges ("Jan 2018 – Mar 2021", "2016 - Present",
 * "03/2019 to 12/2020"), overlaps merged, and from statements ("7 years of experience").
 */

import { NUM_SRC, parseSmallNumber } from '../extract/numbers';
import { getSkill } from '../skills';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = `(?:(${MONTH})\\.?,?\\s+|(\\d{1,2})\\s*[/.]\\s*)?((?:19|20)\\d{2})`;
const END = `(?:${DATE}|(present|current|now|today|date|ongoing))`;
/** Start, separator, end: groups 1-3 start (month name, month number, year), 4-7 end. */
export const RANGE_RE = new RegExp(`(?<![\\d/])${DATE}\\s*(?:-|–|—|‒|to|until|till|through)\\s*${END}(?![\\d])`, 'gi');

export interface Interval {
  /** Months since year 0: year * 12 + month (0-based). */
  start: number;
  end: number;
  /** The text of the range, e.g. "Jan 2018 – Mar 2021". */
  text: string;
}

function monthIndex(name: string | undefined, num: string | undefined): number | null {
  if (name) return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  if (num) {
    const n = Number(num);
    return n >= 1 && n <= 12 ? n - 1 : null;
  }
  return null;
}

/** Date ranges in one line of text, as month intervals (end exclusive), clamped to `now`. */
export function rangesIn(line: string, now: Date): Interval[] {
  const nowM = now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
  const out: Interval[] = [];
  for (const m of line.matchAll(RANGE_RE)) {
    const [, sName, sNum, sYear, eName, eNum, eYear, eWord] = m;
    const sMonth = monthIndex(sName, sNum);
    // A year alone is read as mid-year, so "2016 - 2019" counts three years.
    const start = Number(sYear) * 12 + (sMonth ?? 6);
    let end: number;
    if (eWord) end = nowM;
    else {
      const eMonth = monthIndex(eName, eNum);
      end = Number(eYear) * 12 + (eMonth === null ? 6 : eMonth + 1);
    }
    if (Number(sYear) < 1960 || start > nowM) continue;
    end = Math.min(end, nowM);
    if (end <= start) end = start + 1;
    out.push({ start, end, text: m[0] });
  }
  return out;
}

/** Months covered by intervals, counting overlaps once. */
export function coveredMonths(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  let total = 0;
  let curS = -1;
  let curE = -1;
  for (const iv of sorted) {
    if (iv.start > curE) {
      if (curE > curS) total += curE - curS;
      curS = iv.start;
      curE = iv.end;
    } else curE = Math.max(curE, iv.end);
  }
  if (curE > curS) total += curE - curS;
  return total;
}

const NUM = `(${NUM_SRC})`;
/** "7 years of experience", "over ten years' professional experience in fintech". */
const STATED_RE = new RegExp(
  `\\b${NUM}\\s*\\+?\\s*(?:years?|yrs?)['’]?\\s+(?:of\\s+)?(?:professional\\s+|industry\\s+|relevant\\s+|hands-on\\s+|work\\s+|commercial\\s+|software\\s+|engineering\\s+)*experience\\b(?:\\s+(?:with|in|using|of)\\s+([^,.;:\\n]{1,40}))?`,
  'gi',
);

/** Years the resume states outright, or null; "5 years of experience with Go" is about Go, not the total. */
export function statedYears(text: string): number | null {
  for (const m of text.matchAll(STATED_RE)) {
    const object = m[2]?.trim();
    if (object) {
      const words = object.split(/\s+/);
      const aboutSkill = [3, 2, 1].some((n) => words.length >= n && getSkill(words.slice(0, n).join(' ')) !== undefined);
      if (aboutSkill) continue;
    }
    return parseSmallNumber(m[1]!);
  }
  return null;
}
