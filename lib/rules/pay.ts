/**
 * Pay detection shared by no-salary and vague-compensation (not a rule; a helper the registry
 * test skips). The two flags exclude each other (LABELING.md), so both read the same answer.
 */
import type { Span } from '../types';
import type { RuleContext } from './types';
import { alternatives, around, findAll, findWords, lineWindow, slice } from './util';

/** A money amount: "$120k", "£45,000", "USD 90000", "12 LPA", "€30/hour". */
const AMOUNT =
  /(?:[$£€₹¥]|\b(?:USD|EUR|GBP|AUD|CAD|INR|CHF|SGD|NZD|Rs\.?)\s?)\s?\d[\d,.]*\s?[kKmM]?\b|\b\d[\d,.]*\s?(?:[kK]|USD|EUR|GBP|AUD|CAD|INR|CHF|SGD|NZD|LPA|lpa|lakhs?|lacs?|Lacs?)\b/g;

/** Words that make an amount in its sentence a pay figure rather than funding or a budget. */
const PAY_WORD =
  /\b(?:salary|salaries|pay|compensation|wages?|rate|base|OTE|hourly|hour|hr|annum|annually|year|yr|month|week|day|range|earn|earnings|stipend|LPA|lakhs?|lacs?|CTC|package)\b/i;
/** Bare amounts ("120k", "24 LPA" is fine) need a stronger word: "10k users a day" is not pay. */
const STRONG_PAY_WORD = /\b(?:salary|salaries|pay|compensation|wages?|base|OTE|CTC|LPA|lakhs?|lacs?|earn|stipend)\b/i;
const HAS_CURRENCY = /[$£€₹¥]|\b(?:USD|EUR|GBP|AUD|CAD|INR|CHF|SGD|NZD|Rs|LPA|lpa|lakhs?|lacs?|Lacs?)\b/;

/** A currency range in thousands ("$170-230K", "€60-100k") reads as pay even in a bare header line. */
const K_RANGE = /[$£€]\s?\d{2,3}(?:[.,]\d)?\s?[kK]?\s?(?:-|–|to)\s?[$£€]?\s?\d{2,3}(?:[.,]\d)?\s?[kK]\b/g;

/** A pay period glued to the amount ("$16.50/hr", "10,000/month", "$1000.00-$2500.00 per week"). */
const PERIOD_AFTER = /^\s*(?:(?:-|–|to)\s*[$£€₹]?\s?\d[\d,.]*\s?[kK]?\s*)?(?:\/|per\s+|an?\s+|p\.?\s?)(?:hour|hr|h|month|mo|year|yr|annum|a\.?|week|wk|day)\b/i;
/** A currency figure in thousands ("$160K", "$160,000.00") standing alone on a short line. */
const BIG = /^(?:[$£€₹]\s?\d{2,3}\s?[kK]|[$£€₹]\s?\d{2,3},\d{3})/;

/** Amounts that are not pay even in a pay-ish sentence. */
const NOT_PAY = /\b(?:raised|funding|valuation|revenue|ARR|series [a-e]|budget|allowance|reimburse\w*|referral|fee)\b/i;

const memo = new WeakMap<RuleContext, Span[]>();

/** Spans of pay figures the rules trust: the analyser's salary evidence, else our own scan. */
export function payFigures(ctx: RuleContext): Span[] {
  let found = memo.get(ctx);
  if (!found) memo.set(ctx, (found = scanPay(ctx)));
  return found;
}

function scanPay(ctx: RuleContext): Span[] {
  if (ctx.salary && (ctx.salary.min !== null || ctx.salary.max !== null)) {
    if (ctx.salary.evidence.length === 0) return [{ start: 0, end: 0 }];
    // Trust the analyser when its words read as pay: a currency, or a pay word on the line.
    // ("7.00 am to 2.30 pm" or "0.25 kW to 90kW" are not a salary, whatever the parser says.)
    const sure = ctx.salary.evidence.filter(
      (e) => HAS_CURRENCY.test(slice(ctx, e)) || STRONG_PAY_WORD.test(lineWindow(ctx.text, e, 80)),
    );
    if (sure.length > 0) return sure;
  }
  const out: Span[] = findAll(ctx.text, K_RANGE, 0, 3).filter((a) => !NOT_PAY.test(around(ctx, a, 80)));
  if (out.length > 0) return out;
  for (const a of findAll(ctx.text, AMOUNT)) {
    const amount = slice(ctx, a);
    if (!/\d/.test(amount) || /^401/.test(amount)) continue; // 401(k) is a retirement plan
    // Read the line, clipped to a window around the amount: "Salary: ... £18,500." may span sentences.
    const s = lineWindow(ctx.text, a, 150);
    if (NOT_PAY.test(s)) continue;
    const words = HAS_CURRENCY.test(amount) ? PAY_WORD : STRONG_PAY_WORD;
    const alone = s.trim().length < 40 && BIG.test(amount);
    if (words.test(s) || alone || PERIOD_AFTER.test(ctx.text.slice(a.end, a.end + 40))) out.push(a);
    if (out.length >= 3) break;
  }
  return out;
}

/** Words that describe pay without a figure: "competitive salary", "DOE", "negotiable". */
const VAGUE = alternatives([
    String.raw`\bcompetitive\s+(?:(?:base|benefits|pay)\s+(?:and|&)\s+|base\s+)?(?:salary|salaries|pay|compensation|remuneration|wages?|rates?|package|base|total\s+rewards|comp)\b`,
    String.raw`\b(?:salary|pay|compensation|remuneration|rate)\s*(?:is|:|-|–)?\s*(?:competitive|negotiable|TBD|TBC|open|to be (?:discussed|agreed|confirmed)|as per (?:industry|market)|market)\b`,
    // "commensurate with experience" alone also describes responsibilities: pay must be named just before.
    String.raw`\b(?:salary|salaries|pay|compensation|remuneration|rate|wages?|package)\b[^.\n]{0,40}?(?:commensurate\s+(?:with|on|to)|dependent\s+(?:on|upon)|depending\s+(?:on|upon)|based\s+(?:on|upon))\s+(?:your\s+)?(?:experience|skills|qualifications)\b`,
    // DOE alone is also "design of experiments" or the US Department of Energy: only next to pay.
    String.raw`\b(?:salary|pay|compensation|rate|wages?)\s*(?::|-|–|is|of)?\s*(?:\(\s*)?(?:DOE|DOQ|D\.O\.E\.?)(?![\w’'])`,
    String.raw`\b(?:attractive|generous|excellent|great|market[- ]rate|market[- ]leading|industry[- ]leading|industry[- ]standard|above[- ]market|top[- ]of[- ](?:the[- ])?market|handsome|lucrative)\s+(?:salary|pay|compensation|remuneration|package)\b`,
    String.raw`\bnegotiable\s+(?:salary|pay|rate|compensation)\b`,
    String.raw`\bbest\s+in\s+(?:the\s+)?industry\s+(?:salary|pay|compensation)\b`,
  ],
);

/** Spans of vague pay wording (at most 3). */
export function vaguePayPhrases(ctx: RuleContext): Span[] {
  return findWords(ctx.text, VAGUE).slice(0, 3);
}
