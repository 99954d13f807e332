/** Seniority: from the title first, then a "looking for a Senior ..." line, then the years asked. */
import type { Seniority } from '../types';

/** Ordered: the first rule whose pattern the title matches decides. */
export const TITLE_RULES: { re: RegExp; level: Seniority; reason: string }[] = [
  { re: /\b(?:intern|internship|trainee|apprentice(?:ship)?|co-?op|werkstudent|praktikant)\b/i, level: 'intern', reason: 'intern title' },
  { re: /\b(?:director|vice\s+president|vp|head\s+of|chief|cto|cio|ciso|cfo|ceo|svp|evp)\b/i, level: 'director', reason: 'director title' },
  { re: /\b(?:staff|principal|principle|distinguished|fellow)\b/i, level: 'staff', reason: 'staff/principal title' },
  { re: /\b(?:lead|leader|manager|mgr|team\s+lead|tech\s+lead|supervisor|head)\b/i, level: 'lead', reason: 'lead/manager title' },
  { re: /\b(?:senior|sr\.?|snr|experienced|expert|III|IV)(?![\p{L}])/iu, level: 'senior', reason: 'senior title' },
  { re: /\b(?:junior|jr\.?|entry[- ]level|graduate|grad|new\s+grad|associate\s+(?:software|engineer|developer)|I)(?![\p{L}])/u, level: 'junior', reason: 'junior title' },
  { re: /\b(?:mid[- ]?level|mid[- ]senior|intermediate|II)(?![\p{L}])/iu, level: 'mid', reason: 'mid-level title' },
];

/** The level a title names, or null. */
export function seniorityFromTitle(title: string | null | undefined): Seniority | null {
  if (!title) return null;
  const t = title;
  // the roman numeral "I" must stay case-sensitive, so junior has its own test
  for (const r of TITLE_RULES) {
    if (r.level === 'junior') {
      if (/\b(?:junior|jr\.?|entry[- ]level|graduate|grad|new\s+grad)(?![\p{L}])/iu.test(t) || /\b(?:Engineer|Developer|Analyst)\s+I\b(?!\s*[I\-])/.test(t)) return 'junior';
      continue;
    }
    if (r.level === 'mid' && /\bII\b/.test(t) && !/\bIII\b/.test(t)) return 'mid';
    if (r.re.test(t)) return r.level;
  }
  return null;
}

/** "looking for a Senior Java Developer", "Experience level: Senior": the title restated in the body. */
export function seniorityFromBody(text: string): Seniority | null {
  const m = /\b(?:experience\s+level|seniority|level)\s*:\s*\n?\s*([\p{L} -]{3,30})/iu.exec(text);
  if (m) {
    const s = seniorityFromTitle(m[1]!);
    if (s) return s;
    if (/\bmid\b/i.test(m[1]!)) return 'mid';
  }
  const seek = /\b(?:looking\s+for|seeking|hiring|searching\s+for)\s+(?:an?\s+|two|three|several|multiple|\S+-to-\S+\s+)?(?:experienced\s+)?((?:senior|sr\.?|junior|jr\.?|staff|principal|lead|entry[- ]level|mid[- ]level)\s+[\p{L}.+#/ -]{2,40})/iu.exec(text);
  if (seek) return seniorityFromTitle(seek[1]!);
  return null;
}

/** Level implied by the years asked (LABELING.md: junior is 0-2 years). */
export function seniorityFromYears(minYears: number | null): Seniority | null {
  if (minYears === null) return null;
  if (minYears < 3) return 'junior';
  if (minYears < 5) return 'mid';
  return 'senior';
}
