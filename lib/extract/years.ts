/**
 * Years of experience: figures such as "3+ years", "3-5 yrs", "minimum of five years",
 * "6 months", found by regex and then checked against their context, because most "N years" in
 * a posting are not a demand ("18 years or older", "a 3-5 year roadmap", "20 years in business").
 */
import type { Span } from '../types';
import { NUM_SRC, parseSmallNumber } from './numbers';

export interface YearsFigure {
  min: number;
  max: number | null;
  /** the figure words, e.g. "3-5 years" */
  span: Span;
  /** where the object of the figure starts ("3+ years of [Java]"), for per-skill figures */
  objectStart: number;
  /** "of experience" with no specific object, or an object that is the whole field */
  general: boolean;
}

const QUAL = String.raw`(?:(?:at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|more\s+than|over|not\s+less\s+than|upwards\s+of|in\s+excess\s+of)\s+)?`;
const SEP = String.raw`\s*(?:-\s*to\s*-|to|-|–|—|or|\/)\s*`;
const UNIT_Y = String.raw`(?:year\(s\)|year\*s|yr\(s\)|years?|yrs?)`;
const UNIT_M = String.raw`months?`;
/** "three (3) years" */
const PAREN = String.raw`(?:\s*\(\s*\d{1,2}\s*\+?\s*\))?`;
/** figure + unit; bounded quantifiers only (no nested repetition) */
const FIGURE = new RegExp(
  String.raw`(?<![\d.$€£₹/-])${QUAL}(${NUM_SRC})${PAREN}(?:\s*\+)?(?:${SEP}(${NUM_SRC})${PAREN})?(?:\s*\+)?(?:\s+or\s+more|\s+plus)?(?:\s*-\s*|\s+|\s*)(?:(${UNIT_Y})|(${UNIT_M}))(?![\w])(?:\s*\+)?`,
  'gi',
);

const BAD_AFTER = /^\s*(?:old|prior\s+to|before|following|after|from\s+(?:now|the\s+date|today)|later|warranty|of\s+age|or\s+(?:older|over|above)|and\s+(?:older|over|above)|ago|access|roadmap|time\s*frame|plan|horizon|contract|term\b|warranty|guarantee|period|lease|history|anniversary|in\s+business|of\s+(?:age|operation|business|history|growth|service|excellence|success|innovation|trust)\b|running|duration|assignment|project\b|engagement|extension|renewable|fixed|vesting|cliff|cycle|of\s+(?:serving|helping|providing|delivering|building\s+(?:the|our))|(?:serving|helping|providing|delivering))/i;
const BAD_BEFORE = /(?:\b(?:tenure|term|duration|contract(?:\s+length)?|period|length)\s*:\s*|\b(?:position|post|appointment|project|engagement)\s+(?:of|for)\s+|\bduring\s+(?:the\s+)?(?:past|last|first|next)?\s*|\bour\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?|\bfor\s+(?:the\s+)?(?:past|last|next|over|almost|nearly|more\s+than|about|around|another)?\s*|\bover\s+the\s+(?:past|last|next)\s*|\bin\s+the\s+(?:past|last|next|first)\s*|\bwithin\s+(?:the\s+)?(?:first\s+)?|\bsince\s+|\baged?\s+|\bage\s+of\s+|\bevery\s+|\bafter\s+|\bfirst\s+|\bup\s+to\s+|\bnext\s+|\blast\s+|\bpast\s+|\bduration\s*:?\s*|\bcontract\s+(?:of|for)\s+|\b(?:term|period|duration|lease|tenure|appointment|contract|assignment|engagement)\s+of\s+(?:up\s+to\s+|about\s+|around\s+)?|\bbe\s+|\bare\s+|\bis\s+|\bwas\s+)$/i;
const GOOD_AFTER = /^['’]?\s*(?:\+\s*)?(?:of\b|in\b|with\b|experience|exp\b|relevant|professional|industry|related|hands[- ]on|working|work\b|post|proven|prior|previous|combined|total|overall|practical|progressive|direct|demonstrated|commercial|technical|software|full[- ]time|as\s+an?\b|\(|building|developing|programming|managing|leading|using|designing|doing|[,.;:)]|$)/i;
const COMPANY = /\bwe(?:[’']ve|\s+have)\s+(?:over|more\s+than|nearly|almost|about|\d)|\bwe(?:[’']re|\s+are)\s+an?\s+(?:team|company|firm|agency|group|studio|business)\b|\bour\s+(?:team|company|firm|founders?)\s+(?:has|have)\b|\b(?:founded|founder|co-?founder|established|in\s+business|we(?:[’']ve|\s+have)\s+been|has\s+been|have\s+been\s+(?:serving|helping|providing|delivering|building)|our\s+(?:team|founders?|company|firm|ceo|cto)|company\s+history|years\s+of\s+(?:history|service|excellence|growth))\b/i;
const DEMAND = /\b(?:required|requires?|must|need|needs|minimum|at\s+least|you\s+(?:have|bring|will\s+have)|candidates?|applicants?|ideal|looking\s+for|seeking|should\s+have)\b/i;
const MONTH_OK = /^['’]?(?:\s+[\w/&'’-]+){0,5}?\s+(?:experience|exp)\b|^\s+of\s+(?:[\w/&'’-]+\s+){0,4}?(?:experience|exp)\b/i;
const GENERIC_OBJECT = /^\s*(?:\+\s*)?(?:of\s+|in\s+|with\s+)?(?:relevant\s+|professional\s+|industry\s+|related\s+|hands[- ]on\s+|total\s+|overall\s+|full[- ]time\s+|post[- ]\w+\s+|prior\s+|previous\s+|progressive(?:ly)?\s+(?:responsible\s+)?|practical\s+|commercial\s+|direct\s+|combined\s+|work(?:ing)?\s+|paid\s+|technical\s+)*(?:experience|exp\b|work\b)?\s*(?:(?:as\s+an?\s+|in\s+(?:an?\s+|the\s+)?)?(?:software|it|information\s+technology|engineering|development|programming|tech(?:nology)?|industry|the\s+industry|a\s+similar\s+role|this\s+(?:role|position|capacity|field)|similar\s+roles?|similar|the\s+field|this\s+field|a\s+related\s+field|related\s+(?:fields?|roles?|positions?|areas?|disciplines?)|professional\s+\w+|web|application|product)\b(?:\s+(?:engineering|development|industry|field|roles?|positions?|environment))?)?(?!\s*\(\s*[A-Z]{2,5}\s*\)\s+(?!(?:and|or|including|experience|exp)\b)[A-Za-z])\s*(?:[,.;:()]|\b(?:and|or|including|with\s+at\s+least)\b|$)/i;

/** Every figure in `sentence` (absolute offset `base`) that reads as an experience demand. */
export function findYears(sentence: string, base: number, inRequiredSection: boolean, shortText: boolean): YearsFigure[] {
  const out: YearsFigure[] = [];
  if (COMPANY.test(sentence) && !DEMAND.test(sentence)) return out;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(sentence); m; m = FIGURE.exec(sentence)) {
    // glued text ("preferred6 + years") may put a lowercase letter before a digit; any other
    // letter before the match means it sits inside a word ("often" holds "ten")
    const prev = m.index > 0 ? sentence[m.index - 1]! : ' ';
    if (/\p{L}/u.test(prev) && !(/[a-z]/.test(prev) && /^\d/.test(m[0]))) continue;
    const a = parseSmallNumber(m[1]!);
    const b = m[2] ? parseSmallNumber(m[2]) : null;
    const months = !!m[4];
    if (a === null) continue;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (/^(?:a|an|one)$/i.test(m[1]!) && !months && !/^\s*(?:of|experience)/i.test(after)) continue;
    if (BAD_AFTER.test(after) || BAD_BEFORE.test(before)) continue;
    // "a 3-5 year roadmap": a singular unit used as an adjective
    if (!months && /^year$|^yr$/i.test(m[3] ?? '') && /^\s*[a-z]/i.test(after) && !MONTH_OK.test(after) && !/^\s*(?:of|in|with|experience|exp|relevant|professional|industry|related|hands|working|work|post|proven|prior|previous|combined|total|overall|practical)\b/i.test(after)) continue;
    if (months && !MONTH_OK.test(after)) continue;
    const ok = months || GOOD_AFTER.test(after) || MONTH_OK.test(after) || shortText;
    if (!ok && !inRequiredSection) continue;
    if (!ok && /^\s*[a-z]/.test(after)) continue;
    let min = a;
    let max = b;
    if (months) {
      min = Math.round((a / 12) * 100) / 100;
      max = b === null ? null : Math.round((b / 12) * 100) / 100;
    }
    if (max !== null && max < min) continue;
    if (min > 40) continue;
    const start = base + m.index + (m[0].length - m[0].trimStart().length);
    out.push({
      min,
      max,
      span: { start, end: base + m.index + m[0].trimEnd().length },
      objectStart: base + m.index + m[0].length,
      general: GENERIC_OBJECT.test(after),
    });
  }
  return out;
}
