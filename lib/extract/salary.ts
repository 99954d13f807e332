/**
 * Pay figures: "$150K-$160K", "£40-65,000", "7-18 LPA", "$25-$28 Per Hour", "€ 48.286",
 * "Employer Provided Salary:$150K-$160K". compromise's #Money misses most of these
 * (../shared/notes/compromise.md §7), so this is a regex with context checks that reject
 * benefit amounts, funding and prices.
 */
import type { PayPeriod, SalaryFinding } from '../types';

const CUR = String.raw`(?:(?:DKK|SEK|NOK|PLN|CZK|JPY|CNY|ZAR|BRL|MXN|HKD|AED|SAR|ILS|HUF|RON|TRY)\s?|US\$|USD\s?\$?|A\$|AU\$|AUD\s?\$?|C\$|CA\$|CAD\s?\$?|NZ\$|NZD\s?\$?|S\$|SGD\s?\$?|HK\$|R\$|\$|€|EUR\s?€?|£|GBP\s?£?|₹|INR\s?₹?|Rs\.?|CHF|¥)`;
const NUM = String.raw`(?:\d{1,3}(?:\.\d{3}){1,3},\d{2}(?![\d.,])|\d{1,2}(?:,\d{2}){1,3},\d{3}(?![\d,])|\d{1,3}(?:,\d{3}){1,3}|\d{1,3}(?:\.\d{3}){1,3}(?![\d,])|\d{1,7})(?:\.\d{1,2})?`;
const MULT = String.raw`(?:\s?(?:[kK](?![\p{Ll}]|[\p{Lu}](?![\p{Ll}]))|(?:thousand|mn|MM|million|billion|bn|[mMbB]|lakhs?|lacs?|Lakhs?|Lacs?|LPA|lpa|L|cr|crores?|Cr)(?![\p{L}])))?`;
const CODE = String.raw`(?:\s?(?:USD|EUR|GBP|AUD|CAD|INR|CHF|SGD|NZD|DKK|SEK|NOK|PLN|CZK|JPY|CNY|ZAR|BRL|MXN|HKD|AED|€)(?![\p{L}]))?`;
const AMOUNT = new RegExp(
  String.raw`(?<![\p{N}.,])(${CUR}\s?)?(${NUM})(${MULT})(\+)?(?:\s?(?:-|–|—|to|and)\s?(${CUR}\s?)?(${NUM})(${MULT})(\+)?)?(${CODE})`,
  'gu',
);

const SALARY_WORD = /\b(?:salary|salaries|compensation|comp|pay|paid|base|ote|wage|wages|rate|earn|earning|earnings|income|stipend for (?:the )?intern|ctc|package|remuneration|equity|per\s+(?:year|annum|hour|month|week|day)|range|estimate|annual(?:ly)?)\b/i;
const VETO_NEAR = /\b(?:bonus(?:es)?|prize|award)\b[^.;\n]{0,25}$/i;
const VETO_BEFORE = /\b(?:gym|membership|reimburs\w*|allowance|stipend|budget|referral|relocation|sign[- ]?on|signing|learning|training|education|conference|equipment|home\s+office|wellness|perks?|credits?|discount|funding|funded|raised?|series\s+[a-f]|valuation|revenue|arr|investment|investors?|fees?|price|pricing|costs?|commission|tuition|insurance|401\s?k|pension|prizes?|awards?|grants?|donat\w*|worth|spend|gift|vouchers?|deductible|coverage|loan|charges?|deposit|invest\w*|savings?|sales\s+of|sold|contract\s+value|per\s+(?:listing|lead|sale|referral))\b[^.;\n]{0,50}$/i;
const VETO_AFTER = /^\s*(?:\+\s*)?(?:\)?\s*)(?:in\s+(?:funding|revenue|sales|seed|series)|series\s+[a-f]\b|seed\b|funding|raised|valuation|arr\b|revenue|budget|allowance|stipend|per\s+(?:listing|lead|sale|referral|unit|item|user|seat|employee|person)|gift|voucher|sign[- ]?on|signing\s+bonus|referral|relocation|learning|training|education|conference|equipment|home\s+office|wellness|gym|credit|deductible|fee\b|fees\b|deposit|market|customers|users|in\s+assets|assets|under\s+management|aum|round|investment|towards|toward|for\s+(?:your|the)\s+(?:home|gym|equipment|learning|training|education|conference))/i;

const PERIOD_AFTER: [RegExp, PayPeriod][] = [
  [/^\s*(?:\+\s*)?(?:\/\s*(?:hr|hour|h)\b|per\s+hour|an\s+hour|a\s+hour|(?:p\.?\/?h|ph)\b|hourly|\/\s*hr)/i, 'hour'],
  [/^\s*(?:\+\s*)?(?:\/\s*(?:day|d)\b|per\s+day|a\s+day|daily|per\s+diem|p\.?\/?d\b)/i, 'day'],
  [/^\s*(?:\+\s*)?(?:\/\s*(?:wk|week)\b|per\s+week|a\s+week|weekly|p\.?\/?w\b)/i, 'week'],
  [/^\s*(?:\+\s*)?(?:\/\s*(?:mo|month|mth)\b|per\s+month|a\s+month|monthly|p\.?\/?m\b|pcm\b)/i, 'month'],
  [/^\s*(?:\+\s*)?(?:\/\s*(?:yr|year|annum|y)\b|per\s+(?:year|annum)|a\s+year|an?\s+annum|annually|annual\b|yearly|p\.?\/?a\.?(?![\p{L}])|pa\b|lpa\b)/iu, 'year'],
];
const PERIOD_BEFORE: [RegExp, PayPeriod][] = [
  [/(?:hourly|per\s+hour|hour(?:ly)?\s+rate|rate\s+per\s+hour)\b[^.;\n]{0,30}$/i, 'hour'],
  [/(?:daily|day\s+rate|per\s+day)\b[^.;\n]{0,30}$/i, 'day'],
  [/(?:weekly)\b[^.;\n]{0,30}$/i, 'week'],
  [/(?:monthly|per\s+month)\b[^.;\n]{0,30}$/i, 'month'],
  [/(?:annual|annually|yearly|per\s+(?:year|annum))\b[^.;\n]{0,30}$/i, 'year'],
];

const CODE_OF: Record<string, string> = {
  'US$': 'USD', USD: 'USD', 'A$': 'AUD', 'AU$': 'AUD', AUD: 'AUD', 'C$': 'CAD', 'CA$': 'CAD', CAD: 'CAD', 'NZ$': 'NZD', NZD: 'NZD',
  'S$': 'SGD', SGD: 'SGD', 'HK$': 'HKD', 'R$': 'BRL', '€': 'EUR', EUR: 'EUR', '£': 'GBP', GBP: 'GBP', '₹': 'INR', INR: 'INR',
  RS: 'INR', 'RS.': 'INR', CHF: 'CHF', '¥': 'JPY',
};

/** The currency a bare "$" means in this posting: USD unless the posting is plainly elsewhere. */
export function dollarCurrency(context: string): string {
  const au = /\bAustralia(?:n)?\b|\b(?:VIC|NSW|QLD|ACT|TAS|WA|SA|NT)\s+\d{4}\b|\b(?:Melbourne|Sydney|Brisbane|Perth|Adelaide|Canberra|Hobart)\b|\bsuperannuation\b|\+\s*super\b/;
  const ca = /\bCanada\b|\bCanadian\b|\b(?:Toronto|Vancouver|Montreal|Montréal|Ottawa|Calgary|Edmonton)\b|\b(?:ON|BC|QC|AB)\s+[A-Z]\d[A-Z]/;
  const nz = /\bNew Zealand\b|\b(?:Auckland|Wellington|Christchurch)\b/;
  const sg = /\bSingapore\b/;
  const us = /\bUSA\b|\bUnited States\b|\bU\.S\.|\b[A-Z]{2}\s+\d{5}\b|\b(?:New York|San Francisco|Seattle|Austin|Boston|Chicago|NYC|Remote \(US)/;
  const places: [RegExp, string][] = [[us, 'USD'], [au, 'AUD'], [ca, 'CAD'], [nz, 'NZD'], [sg, 'SGD']];
  const found = places.filter(([re]) => re.test(context));
  if (found.length === 0) return 'USD';
  if (found.length === 1) return found[0]![1];
  // several countries ("offices in Auckland, London, Sydney"): the role's own place decides
  // ("Our Auckland office", "based in Sydney"), then the given order (US, AU, CA, NZ, SG)
  for (const [re, cur] of found) {
    const own = new RegExp(String.raw`\b(?:[Oo]ur|[Bb]ased\s+(?:in|at|out\s+of)|[Ll]ocated\s+in|[Ww]ork\s+from\s+our|[Jj]oin\s+(?:us|our\s+team)\s+in)\s+(?:${re.source})`);
    if (own.test(context)) return cur;
  }
  return found[0]![1];
}

function bareCurrency(context: string): string {
  if (/\bIndia\b|\b(?:Bengaluru|Bangalore|Mumbai|Pune|Hyderabad|Chennai|Gurugram|Gurgaon|Noida|Delhi|Kolkata)\b|\bLPA\b|\blakhs?\b|\blacs?\b|₹|\bINR\b/i.test(context)) return 'INR';
  if (/\bUnited Kingdom\b|\bUK\b|\bLondon\b|£/.test(context)) return 'GBP';
  if (/€|\bEUR\b|\b(?:Germany|Berlin|Munich|Paris|France|Amsterdam|Netherlands|Spain|Madrid|Italy|Dublin|Ireland)\b/.test(context)) return 'EUR';
  return dollarCurrency(context);
}

function normCurrency(c: string): string {
  const t = c.replace(/\s+/g, '');
  const code = /^[A-Z]{3}/.exec(t);
  return code ? code[0] : t;
}

function parseNum(s: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d{2})?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.')); // 46.269,33
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  return Number(s.replace(/,/g, ''));
}

function multOf(m: string): number | null {
  const t = m.trim();
  if (!t) return 1;
  if (/^(?:k|thousand)$/i.test(t)) return 1000;
  if (/^(?:lakhs?|lacs?|lpa|l)$/i.test(t)) return 100000;
  if (/^(?:cr|crores?)$/i.test(t)) return 10000000;
  return null; // millions, billions: funding or revenue, never pay
}

/** The posting's pay figure, or null. `context` is the whole text (plus location) for currency. */
export function findSalary(text: string, context: string): SalaryFinding | null {
  AMOUNT.lastIndex = 0;
  const short = text.trim().length <= 60;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const found = judge(text, m, context, short);
    if (found) return found;
  }
  return null;
}

function judge(text: string, m: RegExpExecArray, context: string, short: boolean): SalaryFinding | null {
  const [whole, cur1 = '', n1 = '', mult1 = '', plus1, cur2 = '', n2, mult2 = '', , code = ''] = m;
  // the same line, at most 120 characters back (a bounded window keeps a 1 MB line linear)
  const win = text.slice(Math.max(0, m.index - 120), m.index);
  const before = win.slice(win.lastIndexOf('\n') + 1);
  const endIdx = m.index + whole.length;
  const after = text.slice(endIdx, endIdx + 40);
  if ((/^\s*[ap]\.?m\.?(?![\p{L}])/iu.test(after) && parseNum(n1) <= 12) || /^\s*(?:%|o['’]?clock|hrs?\b(?!\s*\))|h\b|kw|mw|gb|tb|mb|kg|km|mi\b|miles|sq)/iu.test(after) || /\d[.:]$/.test(before) || /^\s*(?:years?|yrs?|months?|weeks?|days?|hours?|people|employees|engineers|members|countries|offices|locations|million|billion|x\b)/i.test(after)) return null;
  if (/^401$/.test(n1) && /k/i.test(mult1)) return null; // a 401(k) plan
  const curRaw = normCurrency(cur1 || cur2);
  const codeRaw = code.trim();
  const m1 = multOf(mult1);
  const m2 = n2 ? multOf(mult2) : 1;
  if (m1 === null || m2 === null) return null;
  const indian = /l|lakh|lac|lpa|cr/i.test(mult1 + mult2);
  const hasCurrency = !!(curRaw || codeRaw || indian);
  let min = parseNum(n1) * m1;
  let max = n2 ? parseNum(n2) * m2 : min;
  // "$85-125K", "7-18 LPA": the second figure's multiplier applies to the first
  if (n2 && mult2.trim() && !mult1.trim() && m2 > 1 && parseNum(n1) * m2 <= max) min = parseNum(n1) * m2;
  // "£40-65,000": thousands implied on the first figure
  if (n2 && min < 1000 && max >= 1000 && min * 1000 <= max) min *= 1000;
  if (n2 && max < min) return null;
  const lineCtx = before + whole + after;
  const salaryCtx = SALARY_WORD.test(lineCtx);
  let period: PayPeriod | null = null;
  for (const [re, p] of PERIOD_AFTER) if (re.test(after)) { period = p; break; }
  if (!period && /lpa/i.test(mult1 + mult2)) period = 'year';
  if (!period) for (const [re, p] of PERIOD_BEFORE) if (re.test(before)) { period = p; break; }
  const kMult = m1 === 1000 || m2 === 1000;
  if (!hasCurrency) {
    // bare figures: "150-250k + equity", "10,000/month" as a field of its own
    if (!((kMult && (salaryCtx || short)) || (period && (salaryCtx || short)))) return null;
  } else if (!n2 && !period && !kMult && !indian) {
    if (!salaryCtx && !short) return null;
  }
  if (!hasCurrency && /[\p{L}]$/u.test(before)) return null; // "abc123k": part of a word
  if ((VETO_BEFORE.test(before) || (VETO_NEAR.test(before) && !/^\s*OTE\b/i.test(after)) || VETO_AFTER.test(after))) return null;
  if (!period) period = max < 300 ? 'hour' : 'year';
  // implausible pay for the period
  if (period === 'year' && max < 1000 && !indian) return null;
  if (period === 'hour' && (max > 2000 || max < 1)) return null;
  if (max <= 0) return null;
  let currency: string;
  const key = (curRaw || codeRaw).toUpperCase();
  if (key === '$') currency = dollarCurrency(context);
  else if (key) currency = CODE_OF[key] ?? CODE_OF[key.replace(/\$$/, '')] ?? key;
  else currency = bareCurrency(context);
  if (indian) currency = 'INR';
  const upTo = !n2 && /\b(?:up\s*to|upto|max(?:imum)?\b[^.$€£\n]{0,30}?|not\s+to\s+exceed|no\s+more\s+than)\s*$/i.test(before);
  void plus1;
  const start = m.index + (whole.length - whole.trimStart().length);
  const end = m.index + whole.trimEnd().length;
  return {
    min: upTo ? null : round(min),
    max: round(max),
    currency,
    period,
    evidence: [{ start, end }],
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
