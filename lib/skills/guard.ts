/**
 * The ambiguity guard: decides whether a hit on a skill that is also a common English word
 * ("Go", "Rust", "Spring", "Chef", "Excel", "R", "C") names the technology. Pure string
 * heuristics (lib/skills may not import compromise), plus the caller's POS tags when given.
 * Each rule returns a verdict and the reason, in order; the first verdict wins.
 */

export type Verdict = 'reject' | 'strong' | 'weak';

export interface GuardInput {
  text: string;
  start: number;
  end: number;
  surface: string;
  /** joined by list separators to a non-ambiguous skill hit ("Java, Python, Go") */
  listStrong: boolean;
  /** joined to the previous skill by a comma, slash, "and" or "or" (not just a space) */
  listExplicit?: boolean;
  /** between two non-ambiguous skills of one list ("django go docker") */
  sandwiched?: boolean;
  /** in a list with other capitalised ambiguous hits only ("Rust, Go") */
  listWeak: boolean;
  tags?: string[];
}

/** Words after the hit that make it a verb or a plain word: "Go to", "Make sure", "Excel at". */
const NEG_NEXT = new Set(
  ('to the a an your our their his her its my sure through ahead beyond above of out over into back up down ' +
    'away forward live interest interested gratitude concern yourself themselves ourselves it them us you me off ' +
    'home season semester term break quarter festival collection clean cleaning fever training delivery response ' +
    'action progress growth').split(' '),
);
/** Prepositions after the hit: negative ("Excel at", "Go for it") unless a cue precedes ("with React for"). */
const WEAK_NEG_NEXT = new Set('at in for with on by from well far further along around'.split(' '));
/** Words before the hit that make it a verb: "let it go", "will Excel". */
const NEG_PREV = new Set('let lets will would can could should must please may might not never always the this next last early late every'.split(' '));
/** Words before the hit that introduce a technology: "experience with Rust", "in Go". */
const POS_PREV = new Set(
  ('in with using use uses used write writes writing written know knows knowledge experience experienced ' +
    'proficient proficiency expertise expert skilled skills familiar familiarity fluent fluency like including ' +
    'include includes especially particularly via built build building develop developing leverage leveraging ' +
    'e.g eg i.e ie as of modern idiomatic production-grade languages language frameworks framework stack ' +
    'tools technologies tech').split(' '),
);
/** Words after the hit that make it a technology: "Go developer", "Rust programming". */
const POS_NEXT = new Set(
  ('developer developers engineer engineers engineering programming programmer programmers code coding codebase ' +
    'codebases language languages experience microservices microservice services service backend backends ' +
    'api apis framework frameworks stack development skills expertise knowledge applications application apps ' +
    'app modules module libraries library ecosystem projects toolchain runtime scripts scripting server servers ' +
    'cluster clusters pipelines pipeline charts chart cookbooks recipes manifests playbooks queries query ' +
    'workflows jobs sdk compiler binaries packages crates gems plugins plugin components templates macros ' +
    'endpoints endpoint calls interfaces interface principles architecture clients client integration integrations ' +
    'functions formulas spreadsheets spreadsheet workbooks reports dashboards database databases db ' +
    'certification certified').split(' '),
);
/** Everyday verbs and nouns: never accepted on capitalisation alone ("documents Make recommendations"). */
const VERBISH = new Set(
  ('make go express excel react access spring swift slack notion sketch spark word epic outlook rest salt glue ' +
    'segment stitch boost echo nest node lit less yarn eclipse idea amplify remix expo parcel bun sentry envoy ' +
    'ant hack waterfall amplitude lambda assembly unity helm vault chef consul kong beam ray bamboo karma ' +
    'mocha chai jasmine cucumber apache phoenix access bootstrap electron aurora athena bedrock crystal').split(' '),
);
/** "Rust-based", "Go-native": a hyphen that keeps the technology reading. */
const HYPHEN_OK = new Set('based powered native lang first centric heavy driven only compliant style like enabled backed friendly ful'.split(' '));
/**
 * A level cue right after the hit names it as a demand: "Go is a plus.", "Flutter is a bonus",
 * "R optional", "Rust preferred", "Go is required". Capitalised hits only; ends at a clause break.
 */
const CUE_AFTER =
  /^[\s\u00a0]*(?:(?:is|are|would\s+be|will\s+be)[\s\u00a0]+(?:also[\s\u00a0]+)?(?:(?:an?|highly|very|definitely)[\s\u00a0]+)?(?:(?:big|huge|definite|great|added|nice|real|major|strong)[\s\u00a0]+)?(?:plus|bonus|advantage|asset|required|preferred|desired|desirable|optional|mandatory|essential|must|necessary|needed|beneficial|advantageous|welcome)|(?:is|are)[\s\u00a0]+a[\s\u00a0]+must|(?:required|preferred|optional|desired|desirable|mandatory|essential|a[\s\u00a0]+plus|a[\s\u00a0]+bonus|nice[\s\u00a0-]to[\s\u00a0-]have|is[\s\u00a0]+nice[\s\u00a0]+to[\s\u00a0]+have)(?=[\s\u00a0]*(?:[,.;:!)\n]|$|\b(?:but|and|or)\b)))(?![\p{L}-])(?![\s\u00a0]+(?:to|by|at|when|if)\b)/iu;
const POS_TAG_BAD = /^(Verb|Adjective|Adverb|Imperative|Infinitive|PresentTense|PastTense|Gerund|Modal|Auxiliary|Copula)$/;

/** ", AZ": the hit is a city ("Phoenix, AZ", "Aurora, CO", "Spring, TX"). */
const US_STATE =
  /^,[\s\u00a0]*(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b/;
const WORD_AFTER = /^[\s\u00a0]*([\p{L}\p{N}][\p{L}\p{N}.+#-]*)/u;
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}.+#-]*)[\s\u00a0]*$/u;
const BULLET = /^[\s\u00a0•*·▪►○●◦‣⁃>\-–—\p{So}]*(?:\(?\d{1,2}[.)]\s+)?/u;

function clip(s: string, from: number, to: number): string {
  return s.slice(Math.max(0, from), Math.min(s.length, to));
}

/** The verdict on one ambiguous hit. */
export function judge(g: GuardInput): { verdict: Verdict; reason: string } {
  const { text, start, end, surface } = g;
  const before = clip(text, start - 40, start);
  const after = clip(text, end, end + 40);
  const cap = /^\p{Lu}/u.test(surface);
  const single = surface.length === 1;

  // Glued to another word by lost markup ("SpringCharts" split into "Spring" + "Charts").
  if (/^\p{L}/u.test(after) || /\p{L}$/u.test(before)) return { verdict: 'reject', reason: 'glued to another word' };
  // Part of a hyphenated word or "R&D": "C-level", "C-suite", "go-to", "R&D", "Spring-loaded".
  if (/^[&'’]\p{L}/u.test(after) || /\p{L}[&]$/u.test(before))
    return { verdict: 'reject', reason: 'glued to & or an apostrophe' };
  const hyAfter = /^[-\u2010\u2011]([\p{L}]+)/u.exec(after);
  if (hyAfter?.[1] && !HYPHEN_OK.has(hyAfter[1].toLowerCase()))
    return { verdict: 'reject', reason: `part of the hyphenated word "${surface}-${hyAfter[1]}"` };
  if (hyAfter?.[1] && cap) return { verdict: 'strong', reason: `"${surface}-${hyAfter[1]}"` };
  if (/\p{L}[-\u2010\u2011]$/u.test(before)) return { verdict: 'reject', reason: 'after a hyphen inside a word' };

  if (US_STATE.test(after)) return { verdict: 'reject', reason: 'a place ("Phoenix, AZ")' };
  if (/^[\s\u00a0]*[/–-]?[\s\u00a0]*(?:SCI|SSBI|clearance)\b/i.test(after))
    return { verdict: 'reject', reason: 'a security clearance ("TS/SCI")' };
  const next = WORD_AFTER.exec(after)?.[1] ?? '';
  const nextLow = next.toLowerCase();
  const gapAfter = after.slice(0, after.length - after.replace(/^[\s\u00a0]+/, '').length);
  const joinedNext = !/[,.;:!?()]/.test(gapAfter) && !/\n/.test(gapAfter);
  // Even next to other skills: "Python Go to the careers page", "Java Spring 2024".
  if (/^(19|20)\d\d$/.test(next)) return { verdict: 'reject', reason: 'followed by a year ("Spring 2024")' };
  if (next && joinedNext && NEG_NEXT.has(nextLow) && !(g.listStrong && g.listExplicit))
    return { verdict: 'reject', reason: `followed by "${next}"` };
  const ownLine = isOwnLine(text, start, end, surface);
  if (g.listStrong || ownLine) {
    if (cap || surface.length >= 3 || g.sandwiched)
      return { verdict: cap ? 'strong' : 'weak', reason: ownLine ? 'alone on its line' : 'in a list of skills' };
  }
  if (!cap) return { verdict: 'reject', reason: 'lower-case common word' };
  // "Go is a plus.", "R optional": a level cue right after the name (before tags, which call "Go" a verb).
  // an everyday word ("Access is required for all staff") needs the cue to close the clause
  const cueAfter = CUE_AFTER.exec(after);
  if (cueAfter && (!VERBISH.has(surface.toLowerCase()) || /^[\s\u00a0]*(?:[,.;:!)\n]|$|(?:and|but|or)\b)/u.test(after.slice(cueAfter[0].length))))
    return { verdict: single ? 'weak' : 'strong', reason: 'followed by a level cue' };
  if (g.tags?.some((t) => POS_TAG_BAD.test(t)))
    return { verdict: 'reject', reason: `tagged ${g.tags.join('/')} and not in a list` };
  if (g.tags?.some((t) => /^(Place|City|Country|Region|Person|FirstName|LastName|MaleName|FemaleName)$/.test(t)))
    return { verdict: 'reject', reason: `tagged ${g.tags.join('/')}: a place or a person` };
  const nounTagged =
    !!g.tags?.some((t) => /^(Noun|ProperNoun|Singular|Acronym)$/.test(t)) && !g.tags?.includes('Organization');
  if (g.listWeak) return { verdict: 'weak', reason: 'in a list with other ambiguous skills' };

  const prev = WORD_BEFORE.exec(before)?.[1] ?? '';
  const prevLow = prev.toLowerCase();
  const cuePrev = !!prev && POS_PREV.has(prevLow) && /[\s\u00a0]$/.test(before) && !/[,.;:!?()]\s*$/.test(before);
  if (next && joinedNext && WEAK_NEG_NEXT.has(nextLow) && !cuePrev) return { verdict: 'reject', reason: `followed by "${next}"` };
  // "Web APIs (REST)", "CI tools ( Jenkins Concourse )": a name opening a parenthesis.
  if (!single && /\([\s\u00a0]*$/.test(before)) return { verdict: 'weak', reason: 'opens a parenthesis' };
  if (next && joinedNext && (POS_NEXT.has(nextLow) || /^v?\d+(\.\d+)+$/.test(nextLow)))
    return { verdict: 'strong', reason: `followed by "${next}"` };
  if (prev && NEG_PREV.has(prevLow) && !/[,.;:!?()\n]\s*$/.test(before))
    return { verdict: 'reject', reason: `after "${prev}"` };
  if (cuePrev) return { verdict: single ? 'weak' : 'strong', reason: `after "${prev}"` };
  if (single) return { verdict: 'reject', reason: 'single letter without a list or a cue' };
  if (isSentenceStart(before)) return { verdict: 'reject', reason: 'capitalised only because it starts a sentence' };
  if (VERBISH.has(surface.toLowerCase()) && !nounTagged) return { verdict: 'reject', reason: 'an everyday word with no list or cue' };
  if (prev && /^\p{Ll}/u.test(prev)) return { verdict: 'weak', reason: 'capitalised inside a sentence' };
  return { verdict: 'reject', reason: 'capitalised in a title-cased phrase' };
}

function isSentenceStart(before: string): boolean {
  const t = before.replace(/[\s\u00a0"'“‘(]+$/u, '');
  return t === '' || /[.!?:;\n•*·▪►○●◦‣⁃>\-–—|\p{So}]$/u.test(t) || /(^|\n)\s*\d{1,2}[.)]$/.test(t);
}

/** The hit is the whole line or bullet: "• Rust", "Go:", "- Spring". */
function isOwnLine(text: string, start: number, end: number, surface: string): boolean {
  let a = start;
  while (a > 0 && text[a - 1] !== '\n' && start - a < 200) a--;
  let b = end;
  while (b < text.length && text[b] !== '\n' && text[b] !== '\r' && b - end < 200) b++;
  if ((a > 0 && text[a - 1] !== '\n') || (b < text.length && text[b] !== '\n' && text[b] !== '\r')) return false;
  const raw = text.slice(a, b);
  const line = raw.replace(BULLET, '').replace(/[\s\u00a0.,;:!]+$/u, '');
  if (line === surface) return true;
  // "☞ Go ( a little )", "• Rust: nice to have": the head of a bullet item.
  return BULLET.exec(raw)![0].trim() !== '' && line.startsWith(surface) && /^[\s\u00a0]*[(:,\-–—]/u.test(line.slice(surface.length));
}
