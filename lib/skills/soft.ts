import { TokenTrie } from './trie';

/** A soft skill named in the text. */
export interface SoftSkillMention {
  name: string;
  start: number;
  end: number;
}

/**
 * Soft skills (LABELING.md) and the phrases that name them. Phrases match case-insensitively
 * on whole tokens, leftmost-longest, so "communication skills" is one mention.
 */
export const SOFT_SKILLS: Record<string, string[]> = {
  Communication: [
    'communication', 'communication skills', 'communications skills', 'communicator', 'communicators',
    'communicate effectively', 'communicate clearly', 'communicates effectively', 'communicating effectively',
    'verbal and written', 'written and verbal', 'written and oral', 'oral and written', 'verbal communication',
    'written communication', 'interpersonal skills', 'interpersonal', 'presentation skills',
  ],
  Teamwork: [
    'teamwork', 'team work', 'team player', 'team players', 'team-oriented', 'team oriented', 'team spirit',
    'work well in a team', 'work in a team', 'working in a team', 'part of a team', 'work as a team',
    'work well with others', 'team-first', 'team environment', 'team-oriented environment', 'team based environment',
    'team-based environment', 'works well in a team', 'team oriented environment', 'teammate', 'teammates',
    'as a team member', 'a strong team member', 'a good team member',
  ],
  Collaboration: [
    'collaboration', 'collaborate', 'collaborates', 'collaborating', 'collaborative', 'collaboratively', 'collaborator',
    'cross-functionally', 'cross functionally', 'work cross-functionally',
  ],
  'Problem solving': [
    'problem solving', 'problem-solving', 'problem solver', 'problem solvers', 'solve problems', 'solving problems',
    'solve complex problems', 'solving complex problems', 'complex problems', 'analytical and problem-solving',
    'troubleshoot problems', 'troubleshooting problems', 'solve technical issues', 'solving technical issues',
    'resolve problems', 'resolving problems', 'problem resolution', 'find solutions', 'finding solutions',
    ...['business', 'hard', 'difficult', 'technical', 'real', 'customer', 'challenging', 'interesting', 'real-world', 'complex business']
      .flatMap((m) => [`solve ${m} problems`, `solving ${m} problems`]),

  ],
  Leadership: [
    'leadership', 'leadership skills', 'lead a team', 'lead teams', 'leading teams', 'people leadership', 'technical leadership',
    'thought leadership', 'team leadership', 'people management', 'manage a team', 'managing a team', 'build and lead', 'lead and develop',
    'high performance team', 'high-performance team', 'high performing team', 'high-performing team',
  ],
  Mentoring: ['mentoring', 'mentor', 'mentors', 'mentored', 'mentorship', 'coaching', 'coach junior', 'coach', 'coaches'],
  Ownership: [
    'ownership', 'take ownership', 'sense of ownership', 'self-starter', 'self starter', 'self-starters',
    'proactive', 'takes initiative',
    'take initiative', 'high agency', 'high-agency', 'bias for action', 'bias to action', 'end-to-end ownership',
  ],
  'Time management': [
    'time management', 'time-management', 'manage time', 'manage your time', 'prioritize', 'prioritise',
    'prioritization', 'prioritisation', 'prioritizing', 'multitask', 'multi-task', 'multitasking', 'multi-tasking',
    'meet deadlines', 'meeting deadlines', 'manage multiple priorities', 'competing priorities', 'meet tight deadlines',
    'multiple priorities', 'multiple tasks', 'tight deadlines', 'project deadlines', 'manage workload', 'manage their workload',
    'manage your workload', 'manage my workload',
  ],
  Adaptability: [
    'adaptability', 'adaptable', 'adapt quickly', 'adapt to change', 'adapt to changing',
    'comfortable with ambiguity', 'thrive in ambiguity', 'fast learner', 'quick learner', 'learn quickly',
    'flexible and adaptable', 'adapt to new', 'demonstrate flexibility', 'demonstrated flexibility',
    'demonstrates flexibility', 'show flexibility',
    'flexible attitude', 'flexible mindset', 'flexibility and adaptability',
    'eager to learn', 'willingness to learn',
  ],
  'Attention to detail': [
    'attention to detail', 'attention to details', 'detail-oriented', 'detail oriented', 'detail-orientated',
    'detail orientated', 'eye for detail', 'eye to detail', 'eye for details', 'meticulous', 'detail-minded', 'thoroughness', 'accuracy and attention',
    'high attention to detail', 'keen attention to detail', 'sweat the details', 'detail-focused', 'detail focused',
    'striving for accuracy', 'strive for accuracy', 'high degree of accuracy',
  ],
};

/**
 * Phrases that contain a soft-skill word but name something else (a team, a benefit, a
 * department): matched first, leftmost-longest, and then dropped.
 */
const NOT_SOFT = [
  'thought leadership', 'levels of leadership', 'leadership team', 'leadership teams', 'senior leadership', 'executive leadership',
  'under the leadership', 'company leadership', 'leadership roles', 'leadership role', 'leadership position',
  'collaboration tools', 'collaboration software', 'collaboration platform', 'collaboration platforms',
  'mentor program', 'mentorship program', 'mentoring program', 'coaching program', 'will have a mentor',
  'assigned a mentor', 'ownership stake', 'employee ownership', 'stock ownership', 'equity ownership',
  'ownership of shares', 'total cost of ownership', 'proactive monitoring', 'communication systems',
  'communication equipment', 'communication protocols', 'communication protocol', 'data communication',
  'agile coach', 'scrum coach', 'career coach', 'executive coach', 'life coach', 'coach bus', 'coach class',
  'team leadership position', 'leadership development program',
  // leadership as an audience: "provides updates to leadership"
  ...['updates', 'update', 'report', 'reports', 'reporting', 'present', 'presents', 'presenting', 'presentations', 'recommendations', 'escalate', 'escalates', 'escalating', 'escalations']
    .flatMap((v) => [`${v} to leadership`, `${v} to senior leadership`, `${v} to company leadership`]),
  ...['assist', 'assists', 'assisting', 'support', 'supports', 'supporting', 'advise', 'advises', 'advising', 'brief', 'briefs', 'briefing',
    'inform', 'informs', 'informing', 'update', 'updating', 'partner with', 'partners with', 'partnering with', 'work with', 'works with',
    'working with', 'align with', 'aligns with', 'aligning with'].map((v) => `${v} leadership`),
];

let trie: TokenTrie<string> | undefined;

function softTrie(): TokenTrie<string> {
  if (trie) return trie;
  const t = new TokenTrie<string>();
  for (const [name, phrases] of Object.entries(SOFT_SKILLS)) for (const p of phrases) t.add(p, name);
  for (const p of NOT_SOFT) t.add(p, '');
  return (trie = t);
}

/**
 * Phrase patterns with a free slot that a fixed phrase cannot cover: "works in a co-located
 * team", "ability to clearly articulate", "hard-working and flexible" (but not "flexible hours").
 */
const SOFT_PATTERNS: [string, RegExp][] = [
  ['Teamwork', /\b(?:work|works|working)\s+(?:well\s+|effectively\s+|closely\s+)?(?:in|within|as\s+part\s+of|as\s+a\s+member\s+of)\s+an?\s+(?:[\w-]+\s+){0,2}team\b/gi],
  ['Teamwork', /\b(?:work|works|working)\s+(?:well\s+|effectively\s+|closely\s+)?(?:in|within|as\s+part\s+of)\s+(?:(?:large|small|diverse|distributed|global|collaborative|cross-functional|agile|multidisciplinary|multi-disciplinary|remote|dynamic|virtual)\s+){1,2}teams\b/gi],
  ['Communication', /\b(?:ability|able)\s+to\s+(?:[\w-]+\s+){0,2}(?:communicate|articulate|present\s+to)\b/gi],
  ['Communication', /\b(?:technical\s+and\s+)?non-?technical\s+(?:audiences?|stakeholders)\b/gi],
  ['Adaptability', /\b(?:be|remain|stay)\s+flexible\b(?!\s+(?:hours|schedules?|work(?:ing)?|time|location|benefits?|arrangements?|about|with\s+(?:hours|location)))/gi],
  ['Adaptability', /\band\s+flexible\b(?=\s*[,.;:!)]|\s+(?:enough|person|individual|attitude|mindset)\b)/gi],
  ['Adaptability', /\b(?:with|show|shows|showing|demonstrates?|and)\s+(?:\w+\s+and\s+)?flexibility\b(?!\s+(?:to\s+work|in\s+(?:where|when|how)|of|around|for\s+(?:you|employees)))/gi],
];

/**
 * "collaboration" as one bare item of a list of product features ("sharing, collaboration,
 * access control"): a feature, unless a neighbouring item is a soft skill too
 * ("communication, collaboration and ownership").
 */
function featureListItem(text: string, h: { start: number; end: number; out: { value: string } }, hits: { start: number; end: number; out: { value: string } }[]): boolean {
  if (h.out.value !== 'Collaboration' || !/^collaboration$/i.test(text.slice(h.start, h.end))) return false;
  const before = text.slice(Math.max(0, h.start - 60), h.start);
  const after = text.slice(h.end, h.end + 60);
  const listBefore = /[\p{L})][\s\u00a0]*,[\s\u00a0]*(?:and[\s\u00a0]+|or[\s\u00a0]+)?$/u.test(before);
  const listAfter = /^[\s\u00a0]*,[\s\u00a0]*\p{L}/u.test(after);
  if (!listBefore && !listAfter) return false;
  // neighbouring items: the words back to the previous separator and on to the next one
  const prevItem = listBefore ? /([^,;:.\n]*),[\s\u00a0]*(?:and[\s\u00a0]+|or[\s\u00a0]+)?$/u.exec(before) : null;
  const nextItem = listAfter ? /^[\s\u00a0]*,[\s\u00a0]*([^,;:.\n]*)/u.exec(after) : null;
  const ranges: [number, number][] = [];
  if (prevItem) ranges.push([h.start - prevItem[0].length, h.start - prevItem[0].length + prevItem[1]!.length]);
  if (nextItem) ranges.push([h.end + nextItem[0].length - nextItem[1]!.length, h.end + nextItem[0].length]);
  const softNear = ranges.some(([a, b]) => hits.some((x) => x !== h && x.out.value !== '' && x.start < b && x.end > a));
  return !softNear && !ranges.some(([a, b]) => SOFT_NEIGHBOUR.test(text.slice(a, b)));
}

/** "prioritizing an outstanding customer experience": putting a value first, not managing time. */
function valuePriority(text: string, h: { start: number; end: number; out: { value: string } }): boolean {
  if (h.out.value !== 'Time management' || !/^prioriti[sz](?:e|es|ing)$/i.test(text.slice(h.start, h.end))) return false;
  return /^[\s\u00a0]+(?:(?:an?|the|our|their)[\s\u00a0]+)?(?:(?:outstanding|great|excellent|exceptional|seamless|positive|best)[\s\u00a0]+)?(?:customers?|users?|clients?|patients?|safety|quality|security|privacy|accessibility|experience|diversity|inclusion|wellbeing|well-being)\b/i.test(
    text.slice(h.end, h.end + 60),
  );
}

/** Words that make a neighbouring list item a personal quality rather than a product feature. */
const SOFT_NEIGHBOUR = /\b(?:skills?|attitude|creativity|curiosity|integrity|empathy|respect|trust|honesty|initiative|accountability|transparency|humility|kindness|passion|innovation|excellence)\b/i;

/** Soft skills (communication, teamwork, ... attention to detail) as their own list, in text order. */
export function scanSoftSkills(text: string): SoftSkillMention[] {
  if (!text) return [];
  const t = softTrie();
  const hits = t.scan(text, t.tokenize(text));
  const out = hits
    .filter((h) => h.out.value !== '' && !featureListItem(text, h, hits) && !valuePriority(text, h))
    .map((h) => ({ name: h.out.value, start: h.start, end: h.end }));
  let extra = false;
  for (const [name, re] of SOFT_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // a phrase hit of the same skill covers it; another skill inside ("collaborative teams") does not
      if (hits.some((h) => h.start < end && h.end > start && (h.out.value === name || h.out.value === '' || (h.start <= start && h.end >= end)))) continue;
      out.push({ name, start, end });
      extra = true;
    }
  }
  return extra ? out.sort((a, b) => a.start - b.start) : out;
}
