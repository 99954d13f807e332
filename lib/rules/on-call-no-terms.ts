import type { Rule } from './types';
import { findAll, findWords, sentenceIndex, slice } from './util';

/** "on-call" always; "on call" (a space) only as a duty, not "focus on call quality". */
const ON_CALL =
  /on-call|oncall|on call(?=\s+(?:duty|duties|rota|rotations?|support|shifts?|schedule|basis|responsibilit\w*|availability|engineer)\b)|(?:be|being|are|is|go|remain|serve|take|taking)\s+(?:\w+\s+)?on call\b|carry(?:ing)?\s+(?:a|the)\s+pager|\bemergency\s+call[- ]?(?:ins?|outs?)\b|\b(?:off|after)[- ]hours?\s+(?:contact|availability|pages?|paging|emergencies)\b|\bby\s+(?:phone\s+and\s+)?(?:company\s+)?pager\b/gi;
const ALWAYS = /\b(?:available|availability|reachable|respond\w*)\b[^.\n]{0,40}\b(?:24\s?\/\s?7|24x7|24-7|around the clock|any time|anytime)\b|\b(?:24\s?\/\s?7|24x7|24-7)\s+(?:availability|support duty)\b/gi;

/** Words near the duty that say how it is paid, rotated or bounded. */
const TERMS =
  /\b(?:rotations?|rotating|rota|roster|schedule[ds]?|shifts?|stipend|compensated|compensation|paid|pay|allowance|extra pay|premium|time off in lieu|TOIL|in lieu|one week|a week|every \w+ (?:days?|weeks?|months?)|(?:couple|few|\d+|one|two|three|four)\s+(?:of\s+)?(?:days?|weeks?|nights?)\s+(?:a|per|in\s+a|each|every)\s+(?:year|month|quarter)|once a|per month|1 in \d|follow[- ]the[- ]sun|SLAs?|SLOs?|runbooks?|limited|capped|bounded|business hours|occasional\w*|light|shared)\b/i;
/** "no on-call", "without on-call": a promise, not a duty. */
const NEGATED = /\b(?:no|not|never|without|zero|free of)\s+(?:\w+\s+)?$/i;
/** A document-wide statement of on-call terms, wherever it sits (e.g. in benefits). */
const DOC_TERMS = /\bon[- ]call\s+(?:rotation|rota|schedule|stipend|allowance|pay|compensation|bonus|premium)|\b(?:stipend|allowance|compensation|paid|pay)\s+for\s+(?:being\s+)?on[- ]call\b/i;

/** On-call or 24/7 duty with nothing nearby on how it is paid, rotated or bounded. */
export const onCallNoTerms: Rule = {
  id: 'on-call-no-terms',
  title: 'On-call with no terms',
  check(ctx) {
    if (DOC_TERMS.test(ctx.text)) return null;
    const duties = [...findWords(ctx.text, ON_CALL), ...findAll(ctx.text, ALWAYS)].filter(
      (s) => !NEGATED.test(ctx.text.slice(Math.max(0, s.start - 24), s.start)),
    );
    if (duties.length === 0) return null;
    for (const d of duties.slice(0, 20)) {
      // The sentence and its neighbours (a bullet list often puts the terms on the next line).
      const i = sentenceIndex(ctx, d.start);
      const from = i > 0 ? ctx.sentences[i - 1]!.start : i === 0 ? ctx.sentences[0]!.start : d.start;
      const to = i >= 0 ? ctx.sentences[Math.min(i + 1, ctx.sentences.length - 1)]!.end : d.end;
      const near = ctx.text.slice(Math.max(from, d.start - 300), Math.min(Math.max(to, d.end), d.end + 300));
      if (TERMS.test(near)) return null;
    }
    const first = duties[0]!;
    return {
      why: `The posting asks for "${slice(ctx, first)}" duty but says nothing about how it is paid, rotated or limited.`,
      evidence: duties.slice(0, 3).sort((a, b) => a.start - b.start),
    };
  },
  examples: {
    flag: [
      'SRE\nYou will be on call for our production systems.\nKubernetes and Go.',
      'Backend Engineer\nMust be available 24/7 to respond to incidents.',
      'DevOps Engineer\nOn-call duties required. Terraform, AWS.',
      'Systems Administrator\nAvailable for emergency call-ins, with off-hours contact by company pager.',
    ],
    pass: [
      'SRE\nYou join an on-call rotation, one week in six, compensated with a stipend.',
      'Backend Engineer\nNo on-call: we have a dedicated operations team.',
      'Support Engineer\nWe offer 24/7 support to customers through a follow-the-sun team.',
      'Platform Engineer\nParticipate in the on-call rotation for the services you own.',
      'Call Center Lead\nFocus on call quality and on call volume trends.',
      'Systems Administrator\nEmergency call-ins are rare and paid at double time.',
    ],
  },
};
