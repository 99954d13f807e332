import type { Rule } from './types';
import { yearsAsked } from './experience-years';
import { around, slice, titleEvidence, titleText } from './util';

const JUNIOR = /\b(?:intern|internship|entry[- ]level|junior|jr\.?|graduate|grad|new[- ]grad|trainee|apprentice(?:ship)?)\b/i;
/** "Graduate Recruitment Manager", "Intern Program Coordinator": the role looks after juniors. */
const RUNS_PROGRAM = /\b(?:intern\w*|graduate|grad|trainee|apprentice\w*)\b.*\b(?:manager|director|head|coordinator|recruiter|lead|partner|advisor)\b/i;
/** "Staff Accountant" and "Staff Nurse" are entry titles: staff counts only for engineering ladders. */
const SENIOR = /\b(?:senior|sr\.?|principal|staff\s+(?:\w+\s+)?(?:engineer|developer|scientist|architect|designer|analyst))\b/i;

/** A figure that is only wished for: "3+ years of Kotlin is a plus". */
const WISH = /\b(?:a\s+plus|preferred|nice\s+to\s+have|bonus|ideally|desired|desirable|advantage)\b/i;

/** An early-career title asking 3+ years, or a senior title asking 0-1. */
export const titleExperienceMismatch: Rule = {
  id: 'title-experience-mismatch',
  title: 'Title and experience disagree',
  check(ctx) {
    const title = titleText(ctx);
    const junior = JUNIOR.test(title) && !(RUNS_PROGRAM.test(title) && !/\b(?:junior|jr|entry)/i.test(title));
    const senior = !junior && SENIOR.test(title);
    if (!junior && !senior) return null;
    // Required figures only: a preferred "5+ years is a plus" asks nothing.
    const asked = yearsAsked(ctx).filter(
      (y) => ctx.sectionAt(y.span.start) !== 'preferred' && !WISH.test(around(ctx, y.span, 80)),
    );
    const fromCtx = ctx.experience?.minYears ?? null;
    if (junior) {
      const hit = asked.find((y) => y.min >= 3);
      if (!hit || (fromCtx !== null && fromCtx < 3)) return null;
      return {
        why: `The title says "${title.trim()}", an early-career role, yet it asks for "${slice(ctx, hit.span)}" of experience.`,
        evidence: [titleEvidence(ctx), hit.span],
      };
    }
    if (asked.length === 0 || asked.some((y) => y.min > 1 || (y.max ?? 0) > 2)) return null;
    if (fromCtx !== null && fromCtx > 1) return null;
    const hit = asked[0]!;
    return {
      why: `The title says "${title.trim()}", yet it asks for only "${slice(ctx, hit.span)}" of experience; the level or the pay may not match the title.`,
      evidence: [titleEvidence(ctx), hit.span],
    };
  },
  examples: {
    flag: [
      'Junior Developer\nRequirements: 5+ years of experience with Java.',
      'Software Engineering Intern\nYou have 3 years of professional experience in Python.',
      'Senior Software Engineer\nRequirements: 0-1 years of experience. Java.',
      'Entry-Level Data Analyst\nMinimum four years of experience with SQL.',
    ],
    pass: [
      'Junior Developer\nRequirements: 1-2 years of experience with Java.',
      'Junior Developer\nRequirements: Java. 3+ years of Kotlin is a plus.',
      'Senior Software Engineer\nRequirements: 6+ years of experience, including 1 year of Kotlin.',
      'Graduate Engineer\nOur company has 30 years in business. No experience required.',
      'Intern, Data Science\nYou must be 18 years or older. Python.',
      'Graduate Recruitment Manager\nRequirements: 5+ years of experience in campus hiring.',
    ],
  },
};
