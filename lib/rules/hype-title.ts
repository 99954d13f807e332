import type { Rule } from './types';
import { findAll, slice, titleSpan } from './util';

const HYPE = String.raw`(?:rock\s?stars?|ninjas?|gurus?|wizards?|hackers?|jedis?|superheroes|superhero|unicorns?|10x)`;
/** Said of a person after "looking for a": no "10x" or "unicorn" (companies grow 10x, are unicorns). */
const HYPE_PERSON = String.raw`(?:rock\s?stars?|ninjas?|gurus?|wizards?|hackers?|jedis?|superheroes|superhero)`;
const ROLE = String.raw`(?:developers?|engineers?|programmers?|coders?|designers?|devs?|marketers?|analysts?|admins?|architects?)`;

/** "JavaScript ninja", "rockstar developer", "you're a guru": the person sought, not a company. */
const PERSON = new RegExp(
  [
    String.raw`\b${HYPE}\s+${ROLE}\b`,
    String.raw`\b(?:looking\s+for|seeking|hiring|need|want|you(?:'re|\s+are)|be|are\s+you)\s+(?:an?\s+|our\s+|the\s+(?:next\s+)?)?(?:[A-Za-z+#.]+\s+){0,2}${HYPE_PERSON}(?![-\w])`,
  ].join('|'),
  'gi',
);

/** Hype words that are real titles or tools: "ethical hacker", "setup wizard". */
const LEGIT = /\b(?:ethical|white[- ]hat|growth|security|setup|install(?:ation)?|configuration)\s+(?:hacker|wizard)/i;
const WORD_AND_ROLE = new RegExp(String.raw`\b${HYPE}(?:\s+${ROLE})?(?![-\w])`, 'i');
const TITLE_HYPE = new RegExp(String.raw`\b${HYPE}(?![-\w])`, 'i');

/** Rockstar, ninja, guru, wizard or hacker used for the person sought (not a company name). */
export const hypeTitle: Rule = {
  id: 'hype-title',
  title: 'Hype title',
  check(ctx) {
    // A capitalised word right after is a name ("hiring at Guru Labs"), not a person sought.
    const evidence = findAll(ctx.text, PERSON)
      .filter(
        (s) =>
          !LEGIT.test(slice(ctx, s)) &&
          !/^[ \t]+[A-Z]/.test(ctx.text.slice(s.end, s.end + 3)) &&
          !/\b(?:no|not|never|without|don't|isn't|needn't)\b[^.!?\n]*$/i.test(ctx.text.slice(Math.max(0, s.start - 30), s.start)),
      )
      .map((s) => {
        // Point at the hype word itself (and its role noun), not "are you a JavaScript ...".
        const m = WORD_AND_ROLE.exec(slice(ctx, s));
        return m ? { start: s.start + m.index, end: s.start + m.index + m[0].length } : s;
      });
    const t = titleSpan(ctx);
    if (t && evidence.length === 0) {
      const title = slice(ctx, t);
      const m = TITLE_HYPE.exec(title);
      // A company, not the person: "Engineer at Ninja Van", "Guru Labs".
      const company =
        m !== null &&
        (/\b(?:at|@|for|with|from)\s+$/i.test(title.slice(0, m.index)) ||
          /^\s+(?:Van|Labs?|Inc|LLC|Ltd|Technologies|Tech|Software|Systems|One|Group|Corp|Media|Studios?|Games|Rank|News)\b/.test(title.slice(m.index + m[0].length)));
      if (m && !company && !LEGIT.test(title)) {
        evidence.push({ start: t.start + m.index, end: t.start + m.index + m[0].length });
      }
    }
    if (evidence.length === 0) return null;
    return {
      why: `The posting calls the person it wants a "${slice(ctx, evidence[0]!)}", hype that often hides vague expectations or long hours.`,
      evidence: evidence.slice(0, 3),
    };
  },
  examples: {
    flag: [
      'Rockstar Developer\nJoin our team building React apps.',
      'Frontend Engineer\nWe are looking for a JavaScript ninja to own our UI.',
      'Backend Engineer\nAre you a Python guru? Join us.',
      'Data Wizard\nYou will build dashboards in Tableau.',
      'Rockstar Full Stack Developer\nReact and Node.',
    ],
    pass: [
      'Backend Engineer at Ninja Van\nWe build logistics APIs in Go.',
      'Ninja Van Software Engineer\nWe build logistics APIs in Go.',
      'Security Analyst\nWe are hiring an ethical hacker for penetration testing.',
      'Software Engineer\nWe found you on Hacker News; we use Rust and Postgres.',
      'Support Engineer\nHelp customers through our setup wizard and Linux tools.',
      "Data Analyst\nYou don't need to be a spreadsheet wizard; we will teach you SQL.",
    ],
  },
};
