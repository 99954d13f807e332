import type { Span } from '../types';
import type { Rule, RuleContext } from './types';
import { findWords, lineWindow, sentenceAt, slice } from './util';

/** Each signal is a pattern (written without a leading \b: findWords checks edges) and its reason. */
const SIGNALS: { re: RegExp; reason: string }[] = [
  {
    re: /(?:application|registration|processing|onboarding|training|starter\s+kit|placement)\s+fee\b|(?:one[- ]time|upfront|up-front)\s+(?:\w+\s+)?fee\b|(?:you(?:'ll|\s+will)?\s+(?:need\s+to|must|have\s+to)|must|required\s+to)\s+pay\s+(?:a|an|the|for)\s+(?:\w+\s+){0,2}(?:fee|deposit|kit|training|equipment)\b|refundable\s+deposit\b|purchase\s+(?:your\s+own\s+|a\s+)?(?:starter|training)\s+(?:kit|package|materials)\b/gi,
    reason: 'asks you to pay money to get or start the job',
  },
  {
    re: /(?:send|provide|submit|email|share|include)\s+(?:us\s+)?(?:your\s+)?(?:bank\s+(?:account\s+)?(?:details|information|info|statements?|login)|account\s+and\s+routing\s+numbers?|routing\s+number|social\s+security\s+(?:number|card)|SSN|credit\s+card\s+(?:details|number))\b|(?:copy|scan|photo)\s+of\s+(?:your\s+)?(?:passport|driver'?s\s+licen[cs]e|ID\s+card|national\s+ID)\b/gi,
    reason: 'asks for bank or identity documents before any interview or offer',
  },
  {
    re: /(?:contact|message|text|reach|add|interview(?:s|ed)?(?:\s+will\s+be)?(?:\s+(?:conducted|held))?|apply|chat)\s+(?:\w+\s+){0,3}(?:via|on|through|over|using)\s+(?:WhatsApp|Telegram|Signal\s+app|Google\s+Hangouts|Hangouts|Wickr|Kik|WeChat|Viber|Yahoo\s+Messenger)\b/gi,
    reason: 'moves contact or the interview to a chat app',
  },
  {
    re: /(?:receive|process|transfer|deposit)\s+(?:\w+\s+){0,2}(?:funds|payments|money|checks|cheques)\s+(?:\w+\s+){0,2}(?:through|via|into|using|from)\s+your\s+(?:own\s+|personal\s+)?(?:bank\s+)?account\b/gi,
    reason: 'asks you to move money through your own bank account',
  },
];
/** "we will never ask for a fee", "we cover the fee": not a scam (same sentence, before it). */
const DENIED = /\b(?:never|not|no|don't|won't|doesn't|cover\w*|waiv\w*|reimburs\w*|free|discount\w*)\b/i;

/** High pay for no requirements: "$2,000 per week ... no experience needed". */
const RATE = /[$£€]\s?(\d[\d,]*(?:\.\d+)?)\s?([kK])?\s*(?:\+\s*)?(?:a|per|\/|each)\s*(hour|hr|day|week|wk|month)\b/gi;
const NO_REQUIREMENTS = /\bno\s+(?:prior\s+)?(?:experience|skills|qualifications|degree|interview)\s+(?:is\s+)?(?:needed|required|necessary)\b/i;
/** Pay per period far above an entry role (US/UK/EU scale). */
const HIGH: Record<string, number> = { hour: 35, hr: 35, day: 300, week: 1500, wk: 1500, month: 6000 };

/** Spans of a high rate per period on a line that also asks for no experience. */
function highPayNoRequirements(ctx: RuleContext): Span[] {
  return findWords(ctx.text, RATE, 20).filter((s) => {
    const m = new RegExp(RATE.source, 'i').exec(slice(ctx, s))!;
    const amount = Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1000 : 1);
    return amount >= (HIGH[m[3]!.toLowerCase()] ?? Infinity) && NO_REQUIREMENTS.test(lineWindow(ctx.text, s, 200));
  });
}

/** Fees to apply, bank or ID documents up front, chat-app contact, money through your account, big pay for nothing. */
export const scamSignals: Rule = {
  id: 'scam-signals',
  title: 'Possible scam',
  check(ctx) {
    const reasons: string[] = [];
    const evidence: Span[] = [];
    const denied = (s: Span) => DENIED.test(ctx.text.slice(Math.max(sentenceAt(ctx, s.start).start, s.start - 80), s.start));
    for (const { re, reason } of SIGNALS) {
      const hits = findWords(ctx.text, re).filter((s) => !denied(s));
      if (hits.length === 0) continue;
      reasons.push(reason);
      evidence.push(...hits.slice(0, 2));
    }
    const high = highPayNoRequirements(ctx)[0];
    if (high) reasons.push('promises pay far above the role while asking for no experience'), evidence.push(high);
    if (evidence.length === 0) return null;
    const first = slice(ctx, evidence[0]!).slice(0, 80);
    return {
      why: `The posting ${reasons.join(', and ')} ("${first}"): common signs of a scam.`,
      evidence: evidence.sort((a, b) => a.start - b.start),
    };
  },
  examples: {
    flag: [
      'Data Entry Clerk\nA $50 registration fee is required to process your application.',
      'Remote Assistant\nTo apply, send your bank account details and a scan of your passport.',
      'Customer Support\nInterviews will be conducted via Telegram with our HR manager.',
      'Package Handler\nEarn $2,000 per week from home! No experience required.',
      'Payment Agent\nYou will receive customer payments into your personal bank account and forward them.',
    ],
    pass: [
      'Software Engineer\nWe will never ask you to pay a fee or share bank details.',
      'Payroll Specialist\nYou will process bank account details for our 200 employees. Excel.',
      'Backend Engineer\nWe chat on Slack and interview over video. Go and Postgres.',
      'Cashier\nNo experience required; paid training at $15 per hour.',
      'Recruiter\nWe pay a referral fee of $1,000 for every hire you bring.',
      'Flight Attendant\nYou must hold a valid passport and be willing to travel.',
    ],
  },
};
