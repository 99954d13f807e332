import type { Rule } from './types';
import type { Span } from '../types';
import { BACKEND, FRONTEND, OPS } from './tech';
import { around, findAll, slice, titleText } from './util';

const BACK_TITLE = /\b(?:back[- ]?end|server[- ]side|API)\b/i;
const FRONT_TITLE = /\b(?:front[- ]?end|UI|web\s+UI|React|Angular|Vue)\b/i;
const BOTH_TITLE = /\bfull[- ]?stack\b|\b(?:front[- ]?end|back[- ]?end)\s*(?:\/|and|&|or)\s*(?:front[- ]?end|back[- ]?end)\b/i;
/** The other side named as someone else's work: "partner with the frontend team". */
const NOT_OWNED = /\b(?:collaborat\w*|work(?:ing)?\s+(?:closely\s+)?with|partner\w*|alongside|consumed\s+by|used\s+by|teams?|engineers|developers|designers|nice to have|a plus|bonus|preferred|familiarity|exposure|understanding|awareness|basic)\b/i;

/** Owned duties only: required and responsibility sections (or untitled text), not about/benefits. */
function owned(ctx: Parameters<Rule['check']>[0], re: RegExp): Span[] {
  return findAll(ctx.text, re).filter((s) => {
    const kind = ctx.sectionAt(s.start);
    if (kind !== 'required' && kind !== 'responsibilities' && kind !== 'other') return false;
    return !NOT_OWNED.test(around(ctx, s, 150));
  });
}

export const hiddenFullStack: Rule = {
  id: 'hidden-full-stack',
  title: 'Full stack under another title',
  check(ctx) {
    const title = titleText(ctx);
    if (BOTH_TITLE.test(title)) return null;
    const back = BACK_TITLE.test(title);
    const front = FRONT_TITLE.test(title);
    if (back === front) return null; // neither, or both named: nothing hidden
    const other = owned(ctx, back ? FRONTEND : BACKEND);
    const ops = owned(ctx, OPS);
    if (other.length === 0 || ops.length === 0) return null;
    const side = back ? 'front-end' : 'back-end';
    return {
      why: `The title says ${back ? 'back-end' : 'front-end'}, but the duties also include ${side} work ("${slice(ctx, other[0]!)}") and operations ("${slice(ctx, ops[0]!)}").`,
      evidence: [other[0]!, ops[0]!].sort((a, b) => a.start - b.start),
    };
  },
  examples: {
    flag: [
      'Backend Engineer\nBuild React components for our dashboard. Deploy services with Kubernetes. Go and Postgres.',
      'Frontend Developer\nYou will build the UI in Vue, design the PostgreSQL schema and run the CI/CD pipelines.',
      'Back-end Developer\nResponsibilities:\nOwn full-stack features end to end.\nManage our AWS infrastructure.',
    ],
    pass: [
      'Backend Engineer\nCollaborate with the frontend team on API contracts. Deploy services with Kubernetes.',
      'Full Stack Engineer\nBuild React components and Postgres schemas; deploy with Docker.',
      'Frontend Engineer\nBuild React components. Our platform team runs the infrastructure for you.',
      'Backend Engineer\nDesign Postgres schemas and deploy services with Terraform.',
    ],
  },
};
