import type { Span } from '../types';
import type { Rule } from './types';
import { findWords, sentenceAt, slice } from './util';

/** Each signal is a pattern with the reason shown to the user. Order = order of importance. */
const SIGNALS: { re: RegExp; reason: string }[] = [
  {
    re: /\b(?:application|registration|processing|training|onboarding|starter\s+kit|background\s+check|placement)\s+fee\b|\bpay\s+(?:a|an|the)\s+(?:\w+\s+)?(?:fee|deposit)\b|\b(?:refundable|security)\s+deposit\b|\bpurchase\s+(?:your\s+own\s+)?(?:a\s+)?(?:starter|training)\s+(?:kit|package|materials)\b/gi,
    reason: 'asks you to pay money to get or start the job',
  },
  {
    re: /\b(?:send|provide|submit|email|share|include)\s+(?:us\s+)?(?:your\s+|a\s+(?:copy|scan|photo)\s+of\s+(?:your\s+)?)?(?:bank\s+(?:account\s+)?(?:details|information|info|statements?|login)|account\s+number|routing\s+number|social\s+security\s+(?:number|card)|SSN|passport|driver'?s\s+licen[cs]e|ID\s+card|national\s+ID|credit\s+card)\b/gi,
    reason: 'asks for bank or identity documents before any interview or offer',
  },
  {
    re: /\b(?:contact|message|text|reach|add|interview(?:s|ed)?(?:\s+will\s+be)?(?:\s+(?:conducted|held))?|apply|chat)\s+(?:\w+\s+){0,3}(?:via|on|through|over|using)\s+(?:WhatsApp|Telegram|Signal\s+app|Google\s+Hangouts|Hangouts|Wickr|Kik|WeChat|Viber)\b/gi,
    reason: 'moves contact or the interview to a chat app',
  },
  {
    re: /\b(?:earn|make|get\s+paid)\s+(?:up\s+to\s+)?[$£€]\s?\d[\d,]*(?:\.\d+)?\s?[kK]?\s*(?:\+\s*)?(?:a|per|\/|each)\s*(?:day|week|wk)\b[^\n]{0,120}?\bno\s+(?:experience|skills|qualifications|degree)\b/gi,
    reason: 'promises high pay with no experience required',
  },
  {
    re: /\bno\s+(?:experience|skills|interview)\s+(?:needed|required|necessary)\b[^\n]{0,120}?\b(?:earn|make)\s+(?:up\s+to\s+)?[$£€]\s?\d[\d,]*\s?[kK]?\s*(?:\+\s*)?(?:a|per|\/|each)\s*(?:day|week|wk)\b/gi,
    reason: 'promises high pay with no experience required',
  },
];
/** The pattern without its leading \b, so glued bullets ("requirementsContact us") still match. */
const loose = (re: RegExp) => new RegExp(re.source.replace(/^\\b/, '').replace(/\|\\b/g, '|'), re.flags);

const LOOSE = SIGNALS.map(({ re, reason }) => ({ re: loose(re), reason }));

/** "we will never ask for a fee": a warning against scams, not a scam (same sentence, before it). */
const DENIED = /\b(?:never|not|no|don't|won't|doesn't)\b/i;

export const scamSignals: Rule = {
  id: 'scam-signals',
  title: 'Possible scam',
  check(ctx) {
    const reasons: string[] = [];
    const evidence: Span[] = [];
    for (const { re, reason } of LOOSE) {
      const hits = findWords(ctx.text, re).filter(
        (s) => !DENIED.test(ctx.text.slice(Math.max(sentenceAt(ctx, s.start).start, s.start - 80), s.start)),
      );
      if (hits.length === 0) continue;
      if (!reasons.includes(reason)) reasons.push(reason);
      evidence.push(...hits.slice(0, 2));
    }
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
      'Remote Assistant\nTo apply, send your bank account details and a copy of your passport.',
      'Customer Support\nInterviews will be conducted via Telegram with our HR manager.',
      'Package Handler\nEarn $2,000 per week from home! No experience required.',
    ],
    pass: [
      'Software Engineer\nWe will never ask you to pay a fee or share bank details.',
      'Payroll Specialist\nYou will process bank account details for our 200 employees. Excel.',
      'Backend Engineer\nWe chat on Slack and interview over video. Go and Postgres.',
      'Cashier\nNo experience required; paid training at $15 per hour.',
    ],
  },
};
