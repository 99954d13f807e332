import type { Rule } from './types';
import { ANY_TECH } from './tech';
import { titleEvidence, titleText } from './util';

/** A software engineering title; "Test Lead" or "Founding Engineer" alone is not enough. */
const SOFTWARE_TITLE =
  /(?:\b(?:software|back[- ]?end|front[- ]?end|full[- ]?stack|web|mobile|application|app|ios|android|platform|devops|cloud|embedded|firmware|game|ml|machine learning|data|site reliability|api)\s+(?:engineer|developer|programmer|dev)|(?<!\b(?:content|business|course|curriculum|instructional|learning|training|property|estate|land|talent|sales|market|community|people|organi[sz]ational|brand|fund|product|resource|leadership|photo|film)\s)\b(?:developer|programmer|SWE|SRE))(?=\s*(?:$|[,(/|:–—-]|(?:I{1,3}|IV|\d)\b|(?:at|in|for|with)\b))/i;
/** "Growth Engineer", "Founding Engineer": software only when the body says it hires a software engineer. */
const ENGINEER_TITLE = /\b(?:engineer|developer)\b/i;
const SOFTWARE_HIRE =
  /\b(?:looking\s+for|hiring|seeking|searching\s+for|need|join\s+us\s+as)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:software|back[- ]?end|front[- ]?end|full[- ]?stack|web|mobile)\s+(?:engineer|developer)\b/i;
/** A stub (title and headings, nothing else) says too little to judge. */
const MIN_BODY = 50;
/** lib/skills categories that name a stack (not practices like Agile, or fields like "machine learning"). */
const STACK = /^(?:language|frontend|backend|database|cloud|devops|framework|mobile|os|development|erp|crm|ecommerce|markup)$/i;

/** A software engineering role that names no language, framework or platform at all. */
export const noTechStack: Rule = {
  id: 'no-tech-stack',
  title: 'No tech stack named',
  check(ctx) {
    const title = titleText(ctx);
    if (!SOFTWARE_TITLE.test(title.trim()) && !(ENGINEER_TITLE.test(title) && SOFTWARE_HIRE.test(ctx.text.slice(0, 5000)))) return null;
    const body = ctx.text.slice(0, 20_000).replace(/^[^\n]{0,60}:[ \t]*$/gm, '').replace(/\s+/g, ' ');
    if (body.length - title.length < MIN_BODY) return null;
    if (ctx.skills.some((s) => STACK.test(s.category))) return null;
    ANY_TECH.lastIndex = 0;
    if (ANY_TECH.test(ctx.text)) return null;
    return {
      why: 'This software role names no programming language, framework or platform, so you cannot tell what you would work with.',
      evidence: [titleEvidence(ctx)],
    };
  },
  examples: {
    flag: [
      'Software Engineer\nJoin our growing team and build great products for our customers.',
      'Backend Developer\nYou will design scalable services and write clean, tested code.',
      'Senior Web Developer\nWe need a passionate developer to own our platform. Great benefits.',
      'Activation Engineer\nWe are looking for an Activation Software Engineer to grow sign-ups with experiments across the product.',
    ],
    pass: [
      'Software Engineer\nYou will build services in Go on AWS.',
      'Test Lead\nLead a team of testers and report on quality.',
      'Account Manager\nGrow relationships with our enterprise customers.',
      'Business Developer\nFind new customers across Europe and grow our partner network.',
      'Frontend Developer\nWe build our UI in React and TypeScript.',
      'Founding Engineer\nBuild our first hardware prototypes and test rigs with the founders.',
      'Sales Engineer\nWe are looking for a sales engineer to run demos for enterprise buyers across Europe.',
    ],
  },
};
