import { SENSES } from './curated';
import { judge } from './guard';
import { getTaxonomy, skillKey, type LoadedSkill, type SkillEntry } from './taxonomy';
import { TokenTrie, type TrieHit } from './trie';

/** One place the text names a skill. */
export interface SkillMention {
  skill: SkillEntry;
  start: number;
  end: number;
  surface: string;
  /** the hit is a common English word that passed the guard only weakly */
  ambiguous: boolean;
}

export interface ScanOptions {
  /** compromise POS tags of the token at [start,end), supplied by lib/extract for the ambiguity guard */
  tagsAt?: (start: number, end: number) => string[];
}

let trie: TokenTrie<LoadedSkill> | undefined;

/** The skill trie, built once on first use (about 2k skills, a few ms). */
export function skillTrie(): TokenTrie<LoadedSkill> {
  if (trie) return trie;
  const t = new TokenTrie<LoadedSkill>();
  for (const s of getTaxonomy().skills) {
    const exact = new Set(s.raw.s ?? []);
    const amb = new Set(s.raw.x ?? []);
    const generic = new Set(s.raw.g ?? []);
    for (const surface of [s.raw.n, ...(s.raw.a ?? [])]) {
      t.add(surface, s, { exact: exact.has(surface), ambiguous: amb.has(surface), generic: generic.has(surface) });
    }
  }
  return (trie = t);
}

/**
 * Fields of study: after a degree cue in the same sentence they name education, not a skill
 * (LABELING.md: "a degree is education"): "BS in Computer Science, Statistics or related".
 */
const FIELDS_OF_STUDY = new Set([
  'Statistics', 'Data science', 'Biostatistics', 'Robotics', 'Cybersecurity', 'Machine learning',
  'Artificial intelligence', 'Econometrics', 'Operations research', 'Bioinformatics', 'Data analysis',
  'Computer networking', 'Information retrieval', 'Signal processing', 'Image processing',
]);
const DEGREE_CUE = /\b(?:degree|degrees|bachelor'?s?|master'?s?|ph\.?\s?d|doctorate|b\.?sc?|m\.?sc?|b\.?a|m\.?a|bsc|msc|mba|diploma|major(?:ing)?|graduate|coursework|studies)\b\.?[^.;:\n]{0,80}$/i;

function isFieldOfStudy(text: string, start: number): boolean {
  return DEGREE_CUE.test(text.slice(Math.max(0, start - 100), start));
}

/** Separators that keep two hits in one list: "Java, Python and Go", "Go/Golang", "C/C++ (Qt)". */
const LIST_GAP =
  /^[\s\u00a0,/;&|+()[\]\p{So}•·▪►◦‣⁃*–—-]*(?:(?:and|or|nor|plus|as well as|&)(?:[\s\u00a0]*\/[\s\u00a0]*(?:and|or))?[\s\u00a0,/;&|+()[\]\p{So}•·▪►◦‣⁃*–—-]*)?$/iu;

/** Every skill mention in raw text, exact UTF-16 offsets, leftmost-longest, in order. */
export function scanSkills(text: string, opts: ScanOptions = {}): SkillMention[] {
  if (!text) return [];
  const t = skillTrie();
  const tokens = t.tokenize(text);
  const hits = t
    .scan(text, tokens)
    .filter((h) => !insideLink(text, h.start, h.end))
    .filter((h) => !FIELDS_OF_STUDY.has(h.out.value.entry.name) || !isFieldOfStudy(text, h.start));
  // List neighbours: consecutive hits joined by separators only.
  const joined: boolean[] = [];
  const explicit: boolean[] = [];
  for (let k = 0; k + 1 < hits.length; k++) {
    const gap = text.slice(hits[k]!.end, hits[k + 1]!.start);
    const j = gap.length <= 16 && !gap.includes('\n') && LIST_GAP.test(gap);
    joined.push(j);
    explicit.push(j && /[,/&;|+]|\b(?:and|or|nor|plus)\b/i.test(gap));
  }
  const groupStrong: boolean[] = new Array(hits.length).fill(false);
  const groupAmbCaps: number[] = new Array(hits.length).fill(0);
  for (let k = 0; k < hits.length; ) {
    let e = k;
    while (e < joined.length && joined[e]) e++;
    let strong = false;
    let ambCaps = 0;
    for (let m = k; m <= e; m++) {
      const h = hits[m]!;
      if (!h.out.ambiguous) strong = true;
      else if (/^\p{Lu}/u.test(text.slice(h.start, h.end))) ambCaps++;
    }
    for (let m = k; m <= e; m++) {
      groupStrong[m] = strong;
      groupAmbCaps[m] = ambCaps;
    }
    k = e + 1;
  }
  const out: SkillMention[] = [];
  hits.forEach((h: TrieHit<LoadedSkill>, k) => {
    const surface = text.slice(h.start, h.end);
    if (h.out.generic && !genericCounts(text, hits, joined, explicit, k, surface)) return;
    let ambiguous = false;
    if (h.out.ambiguous) {
      const { verdict } = judge({
        text,
        start: h.start,
        end: h.end,
        surface,
        listStrong: groupStrong[k]!,
        listWeak: groupAmbCaps[k]! >= 2,
        listExplicit: k > 0 && explicit[k - 1] === true,
        sandwiched: k > 0 && joined[k - 1] === true && joined[k] === true && !hits[k - 1]!.out.ambiguous && !hits[k + 1]!.out.ambiguous,
        tags: opts.tagsAt?.(h.start, h.end),
      });
      if (verdict === 'reject') return;
      ambiguous = verdict === 'weak';
    }
    const skill = senseOf(text, h) ?? h.out.value.entry;
    out.push({ skill, start: h.start, end: h.end, surface, ambiguous });
  });
  return elided(text, t, out);
}

/**
 * A generic-class surface ("algorithms", "operating systems", "UI") counts only in an explicit
 * list with another skill ("data structures and algorithms", "UI/UX, Figma") or alone on its
 * line; never as the head of a compound after another skill ("predictive modeling algorithms",
 * "Adobe Analytics UI") nor as a plain word of a sentence ("data backend systems").
 */
function genericCounts(
  text: string, hits: TrieHit<LoadedSkill>[], joined: boolean[], explicit: boolean[], k: number, surface: string,
): boolean {
  const prevJoined = k > 0 && joined[k - 1] === true;
  if (prevJoined && !explicit[k - 1]) return false; // compound head: "<skill> algorithms"
  const nextJoined = k < joined.length && joined[k] === true && explicit[k] === true && !hits[k + 1]!.out.generic;
  if ((prevJoined && !hits[k - 1]!.out.generic) || nextJoined) return true;
  return aloneOnLine(text, hits[k]!.start, hits[k]!.end, surface);
}

/** The hit is its line or bullet, give or take punctuation: "• Algorithms", "Operating Systems:". */
function aloneOnLine(text: string, start: number, end: number, surface: string): boolean {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  let b = text.indexOf('\n', end);
  if (b < 0) b = text.length;
  const line = text.slice(a, b).replace(/^[\s\u00a0•*·▪►○●◦‣⁃>\-–—]+/u, '').replace(/[\s\u00a0.,;:!]+$/u, '');
  return line === surface;
}

/**
 * Context senses (curated SENSES): an acronym whose meaning depends on the field of the posting
 * ("DSP": signal processing, or demand-side platform near advertising words).
 */
function senseOf(text: string, h: TrieHit<LoadedSkill>): SkillEntry | undefined {
  const alts = SENSES[text.slice(h.start, h.end).toLowerCase()];
  if (!alts) return undefined;
  const ctx = text.slice(Math.max(0, h.start - 300), Math.min(text.length, h.end + 300));
  for (const [name, re] of alts) {
    if (re.test(ctx)) return getTaxonomy().byKey.get(skillKey(name))?.entry;
  }
  return undefined;
}

/** "Google and/or Adobe Analytics", "unit and integration tests", "A/B and multivariate test design". */
const ELLIPSIS = /(?:^|[\s(\[,;:])([\p{L}\p{N}][\p{L}\p{N}/+#.]*)[\s\u00a0]*(?:,|\/|and\/or|or|and|&)[\s\u00a0]+$/u;
const NOT_ELLIPSIS = new Set('the a an of in on with to for our your their and or as such both either is are be including like e.g i.e etc'.split(' '));

/**
 * Coordination that shares the tail of a multi-word skill: "Google and/or Adobe Analytics" names
 * Google Analytics too. The word before the conjunction plus the tail must be a known surface.
 */
function elided(text: string, t: TokenTrie<LoadedSkill>, out: SkillMention[]): SkillMention[] {
  const extra: SkillMention[] = [];
  for (const m of out) {
    const sp = m.surface.search(/[\s\u00a0/-]/);
    if (sp <= 0 || m.ambiguous) continue;
    const lead = ELLIPSIS.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const word = lead?.[1];
    if (!word || NOT_ELLIPSIS.has(word.toLowerCase())) continue;
    const wordEnd = m.start - (lead[0].length - lead[0].indexOf(word) - word.length);
    if (out.some((o) => o.start < wordEnd && o.end > wordEnd - word.length && o.skill.name !== m.skill.name && o.end - o.start > word.length)) continue;
    // A word that is a skill of its own names that skill, not an elided one: "SAP and Power BI"
    // is SAP and Power BI, never "SAP BI" (while "Google and Adobe Analytics" names two tools).
    if (out.some((o) => o.start === wordEnd - word.length && o.end === wordEnd && !o.ambiguous)) continue;
    const tail = m.surface.slice(sp).trimStart();
    const tailToks = tail.split(/[\s\u00a0]+/);
    for (let n = tailToks.length; n >= 1; n--) {
      const cand = `${word} ${tailToks.slice(0, n).join(' ')}`;
      const hs = t.scan(cand, t.tokenize(cand));
      const h = hs.length === 1 ? hs[0]! : undefined;
      if (!h || h.start !== 0 || h.end !== cand.length || h.out.ambiguous || h.out.generic) continue;
      if (h.out.value.entry.name !== m.skill.name)
        extra.push({ skill: h.out.value.entry, start: wordEnd - word.length, end: wordEnd, surface: word, ambiguous: false });
      break;
    }
  }
  if (!extra.length) return out;
  return [...out, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The hit sits in a URL, an e-mail address or a markdown link target. */
function insideLink(text: string, start: number, end: number): boolean {
  // "http :// www . example . com": a URL whose pieces were spaced out by a tokenizer upstream.
  if (/^[ \t]*:[ \t]*\/\//.test(text.slice(end, end + 8))) return true;
  let a = start;
  while (a > 0 && !isSpace(text.charCodeAt(a - 1)) && start - a < 256) a--;
  let b = end;
  let marks = a < start; // anything glued before the hit
  while (b < text.length && !isSpace(text.charCodeAt(b)) && b - end < 256) {
    const c = text.charCodeAt(b);
    if (c === 58 || c === 64 || c === 47 || c === 93) marks = true; // : @ / ]
    b++;
  }
  if (!marks && !(end - start >= 3 && /^www\./i.test(text.slice(start, end)))) return false;
  let chunk = text.slice(a, b);
  if (!/[:@/\]w]/i.test(chunk)) return false;
  // "[Docker](https://docker.com)": the link text counts, the target does not.
  const md = chunk.indexOf('](');
  if (md >= 0) {
    if (md < start - a) return true;
    chunk = chunk.slice(0, md);
  }
  if (chunk.includes('://') || /^[[(]*www\./i.test(chunk)) return true;
  if (/[^\s@]@[^\s@]+\.[^\s@]/.test(chunk)) return true;
  return /^[[(]*\/[^/\s]*\//.test(chunk);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 12 || c === 11 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f;
}
