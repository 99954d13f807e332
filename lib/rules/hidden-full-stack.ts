import type { Rule, RuleContext } from './types';
import type { Span } from '../types';
import { BACKEND, FRONTEND, OPS } from './tech';
import { around, findAll, slice, titleText } from './util';

const BACK_TITLE = /\b(?:back[- ]?end|server[- ]side|API)\b/i;
const FRONT_TITLE = /\b(?:front[- ]?end|UI|web\s+UI|React|Angular|Vue)\b/i;
const BOTH_TITLE = /\bfull[- ]?stack\b|\b(?:front[- ]?end|back[- ]?end)\s*(?:\/|and|&|or)\s*(?:front[- ]?end|back[- ]?end)\b/i;
/** A duty or a requirement of the person: "you will build", "experience with", "must". */
const DUTY = /\b(?:you(?:'ll|\s+will)|build\w*|develop\w*|implement\w*|own\w*|writ\w+|design\w*|creat\w+|maintain\w*|manag\w+|responsible|experience|proficien\w*|strong|must|required|expert\w*|deploy\w*|run)\b/i;
/** The other side named as someone else's work, a stack list, or a wish, not a duty. */
const NOT_OWNED = /\b(?:collaborat\w*|integrat\w*|consum\w*|connect\w*|power(?:s|ing)?|talk\w*\s+to|work(?:ing)?\s+(?:closely\s+)?with|partner\w*|alongside|consumed\s+by|used\s+by|communicat\w+\s+with|teams?|engineers|developers|designers|nice to have|a plus|bonus|preferred|desirable|ideally|familiar\w*|exposure|understanding|awareness|basic|we(?:'re|\s+are|\s+use|\s+have)|our\s+stack|technologies|tech\s+stack|stack:|e\.g|include|including|such\s+as|currently\s+use|would\s+be\s+(?:good|great|nice)|in\s+addition)\b/i;
const BUILDS = /\b(?:build|develop|implement|own|write|create)\w*\b/i;

/** Owned duties only: required and responsibility sections (or untitled text), not about/benefits. */
function owned(ctx: RuleContext, re: RegExp): Span[] {
  return findAll(ctx.text, re).filter((s) => {
    const kind = ctx.sectionAt(s.start);
    if (kind !== 'required' && kind !== 'responsibilities' && kind !== 'other') return false;
    const near = around(ctx, s, 250);
    return DUTY.test(near) && !NOT_OWNED.test(near);
  });
}

/** A back-end (or front-end) title whose own duties also cover the other side and operations. */
export const hiddenFullStack: Rule = {
  id: 'hidden-full-stack',
  title: 'Full stack under another title',
  check(ctx) {
    const title = titleText(ctx);
    if (BOTH_TITLE.test(title)) return null;
    const back = BACK_TITLE.test(title);
    const front = FRONT_TITLE.test(title);
    if (back === front) return null; // neither, or both named: nothing hidden
    const otherRe = back ? FRONTEND : BACKEND;
    otherRe.lastIndex = 0;
    if (otherRe.test(title)) return null; // "Front End Developer - React, Node.js": declared, not hidden
    const other = owned(ctx, otherRe);
    const terms = new Set(other.map((s) => slice(ctx, s).toLowerCase()));
    const fullStack = other.some((s) => /full/i.test(slice(ctx, s)));
    const ops = owned(ctx, OPS);
    const built = other.some((s) => BUILDS.test(around(ctx, s, 150)));
    if ((terms.size < 2 && !fullStack && !built) || ops.length === 0) return null;
    const side = back ? 'front-end' : 'back-end';
    return {
      why: `The title says ${back ? 'back-end' : 'front-end'}, but the duties also include ${side} work ("${slice(ctx, other[0]!)}") and operations ("${slice(ctx, ops[0]!)}").`,
      evidence: [...other.slice(0, 2), ops[0]!].sort((a, b) => a.start - b.start),
    };
  },
  examples: {
    flag: [
      'Backend Engineer\nBuild React components and style them with CSS. Deploy services with Kubernetes. Go and Postgres.',
      'Frontend Developer\nYou will build the UI in Vue, design the PostgreSQL schema, write Node.js services and run the CI/CD pipelines.',
      'Back-end Developer\nResponsibilities:\nOwn full-stack features end to end.\nManage our AWS infrastructure.',
    ],
    pass: [
      'Backend Engineer\nCollaborate with the frontend team on API contracts. Deploy services with Kubernetes.',
      'Full Stack Engineer\nBuild React components and Postgres schemas; deploy with Docker.',
      'Frontend Engineer\nBuild React components. Our platform team runs the infrastructure for you.',
      'Front End Developer - React, Node.js\nBuild React screens and Node.js services; deploy to AWS.',
      'Frontend Developer\nTechnologies: React, CSS, Node.js, PostgreSQL, Docker.',
    ],
  },
};
