/**
 * Generates lib/skills/data/skills.json: the curated table (lib/skills/curated.ts) first, then
 * the shared taxonomy sources in ../shared/taxonomy, filtered hard for precision:
 * - GitHub linguist: programming and markup languages (a few data formats);
 * - devicon: developer tools, titled with simple-icons where the slug matches;
 * - O*NET technologies: named products only (no "Email software", no lower-case descriptions,
 *   no social networks), vendor prefix stripped into an alias when the rest is distinctive;
 * - ESCO: an allow-list of knowledge labels (its altLabels do not belong to their skills in this
 *   copy of the file, so none is used).
 * A raw-source surface made only of English words ("Loom", "Cool Roof Calculator") is dropped:
 * lib/skills/data/english-words.txt holds the dictionary words that occur in the sources.
 *
 * Run: npx tsx scripts/build-skills.ts            (writes skills.json)
 *      npx tsx scripts/build-skills.ts --check    (exit 1 when skills.json is stale)
 *      npx tsx scripts/build-skills.ts --refresh-words  (re-derive english-words.txt from /usr/share/dict/words)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURATED, ESCO_ALLOW, NOT_SKILLS, VENDORS } from '../lib/skills/curated';
import { parseCurated } from '../lib/skills/dsl';
import { skillKey } from '../lib/skills/key';
import { surfaceTokens } from '../lib/skills/tokens';
import type { RawSkill, SkillData } from '../lib/skills/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'lib/skills/data/skills.json');
const WORDS = join(root, 'lib/skills/data/english-words.txt');
const TAX = process.env.JDL_TAXONOMY_DIR ?? join(root, '../shared/taxonomy');

interface Candidate {
  name: string;
  aliases: string[];
  category: string;
  implies?: string[];
  source: 'linguist' | 'devicon' | 'onet' | 'esco';
}

const STOP = new Set('of and for the a an to in on by with de la le der die das'.split(' '));
const CORPORATE = new Set(
  'Systemes Systems Corporation Corp Inc Tech Technologies Technology Software Research Healthcare Reuters Web Services Solutions Group Associates International Labs Scientific Corel Kluwer Hat'.split(' '),
);
/** Words around a product name that do not change the skill ("Jenkins CI", "Laravel Framework"). */
const FILLER = new Set('The CI Framework framework JS Server Platform Software Language Programming Lang'.split(' '));
const GENERIC_TAIL = new Set(
  ('software system systems program programs tools tool applications application equipment database databases ' +
    'services service platform platforms devices device calculators calculator utilities utility suite files ' +
    'programming products product solutions solution management').split(' '),
);

// ---------------------------------------------------------------- sources

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(TAX, file), 'utf8')) as T;
}
function readJsonl<T>(file: string): T[] {
  return readFileSync(join(TAX, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

interface Linguist { name: string; type: string; aliases?: string[]; group?: string | null }
interface Devicon { name: string; altnames?: string[]; tags?: string[] }
interface SimpleIcon { title: string; slug: string; aliases?: { aka?: string[] } }
interface Onet { name: string; categories: string[]; hot_technology?: boolean; in_demand?: boolean; n_occupations: number }
interface Esco { preferredLabel: string }

const LINGUIST_DATA = new Set(['JSON', 'YAML', 'XML', 'TOML', 'CSV', 'Protocol Buffer', 'GraphQL', 'SQL', 'PLSQL', 'TSQL', 'HCL', 'Jupyter Notebook', 'Dockerfile']);

function linguist(): Candidate[] {
  return readJson<Linguist[]>('linguist-languages.json')
    .filter((l) => l.type === 'programming' || l.type === 'markup' || LINGUIST_DATA.has(l.name))
    .map((l) => ({
      name: l.name,
      aliases: l.aliases ?? [],
      category: l.type === 'programming' ? 'language' : l.type === 'markup' ? 'markup' : 'protocol',
      source: 'linguist' as const,
    }));
}

const DEVICON_LANG: Record<string, string> = {
  javascript: 'JavaScript', typescript: 'TypeScript', python: 'Python', java: 'Java', php: 'PHP', ruby: 'Ruby',
  csharp: 'C#', go: 'Go', rust: 'Rust', kotlin: 'Kotlin', swift: 'Swift', dart: 'Dart', elixir: 'Elixir',
  scala: 'Scala', nodejs: 'Node.js', reactjs: 'React', react: 'React', vuejs: 'Vue.js', angular: 'Angular',
};

function devicon(): Candidate[] {
  const icons = readJson<SimpleIcon[]>('simple-icons.json');
  const bySlug = new Map<string, SimpleIcon>();
  for (const i of icons) {
    bySlug.set(i.slug, i);
    bySlug.set(skillKey(i.title), i);
  }
  return readJson<Devicon[]>('devicon.json').flatMap((d) => {
    const icon = bySlug.get(d.name) ?? d.altnames?.map((a) => bySlug.get(skillKey(a))).find(Boolean);
    const proper = (d.altnames ?? []).filter((a) => /[A-Z.]/.test(a) || / /.test(a));
    const name = icon?.title ?? proper[0] ?? (d.name.length <= 8 ? d.name : '');
    const tags = d.tags ?? [];
    const framework = tags.some((t) => /framework|library|runtime/.test(t));
    const implies = framework ? tags.map((t) => DEVICON_LANG[t]).filter((x): x is string => !!x).slice(0, 1) : [];
    if (!name) return [];
    const c: Candidate = {
      name,
      aliases: [...proper, ...(icon?.aliases?.aka ?? [])].filter((a) => a !== name),
      category: deviconCategory(tags),
      implies,
      source: 'devicon',
    };
    return [c];
  });
}

function deviconCategory(tags: string[]): string {
  const has = (re: RegExp) => tags.some((t) => re.test(t));
  if (has(/^language$/)) return 'language';
  if (has(/database|nosql|sql/)) return 'database';
  if (has(/^os$|linux|distribution/)) return 'os';
  if (has(/test/)) return 'testing';
  if (has(/cloud|hosting/)) return 'cloud';
  if (has(/framework|library/)) return 'framework';
  if (has(/devops|ci|container|deployment|automation/)) return 'devops';
  if (has(/design|graphics|editor|ide/)) return 'tool';
  return 'tool';
}

const ONET_CATEGORY: [RegExp, string][] = [
  [/Data base|Data mining|Metadata/, 'database'],
  [/Business intelligence/, 'data'],
  [/Development environment|Object or component|Compiler|Graphical user interface development|Web platform|Web page/, 'development'],
  [/Program testing/, 'testing'],
  [/Operating system|Filesystem|Device drivers/, 'os'],
  [/Network|Switch or router/, 'networking'],
  [/security|virus/i, 'security'],
  [/Configuration management/, 'devops'],
  [/Medical/, 'healthcare'],
  [/Analytical or scientific/, 'analytics'],
  [/Enterprise resource planning/, 'erp'],
  [/Customer relationship/, 'crm'],
  [/Accounting|Financial|Tax preparation/, 'finance'],
  [/Computer aided design|Computer aided manufacturing|Pattern design/, 'cad'],
  [/Graphics|photo|Video|Music|Desktop publishing/, 'design'],
  [/Project management/, 'project management'],
  [/Office suite|Word processing|Spreadsheet|Presentation/, 'office'],
  [/Human resources/, 'hr'],
  [/Industrial control/, 'industrial'],
  [/Map creation|Geographic/, 'gis'],
];

/** O*NET categories whose products are engineering tools: kept even when few occupations use them. */
const ONET_TECH = /Development environment|Object or component|Compiler|Data base management|Operating system|Configuration management|Program testing|Web platform|Network|Enterprise application integration|Business intelligence|Data mining|Filesystem|Application server/;

function onet(): Candidate[] {
  return readJsonl<Onet>('onet-technologies.jsonl')
    .filter((o) => o.n_occupations >= 2 || o.hot_technology || o.in_demand || ONET_TECH.test(o.categories.join(' ')))
    .map((o) => {
    const paren = /\(([^)]+)\)/.exec(o.name)?.[1];
    let toks = o.name.replace(/\s*\([^)]*\)\s*/g, ' ').trim().split(/\s+/);
    const aliases: string[] = [];
    if (paren && paren.length >= 4 && !/\s/.test(paren)) aliases.push(paren);
    // "Amazon Elastic Compute Cloud EC2": the trailing acronym is its own alias.
    const last = toks[toks.length - 1]!;
    if (toks.length >= 3 && /^[A-Z][A-Z0-9]{1,5}$/.test(last) && isAcronymOf(last, toks.slice(0, -1))) {
      aliases.push(last);
      toks = toks.slice(0, -1);
    }
    const name = toks.join(' ');
    // "Dassault Systemes CATIA" -> "CATIA": strip the vendor and its corporate words.
    if (VENDORS.has(toks[0]!)) {
      let k = 0;
      while (k < toks.length - 1 && (VENDORS.has(toks[k]!) || CORPORATE.has(toks[k]!))) k++;
      if (k > 0) aliases.push(toks.slice(k).join(' '));
    }
    const cat = o.categories.join(' ');
    const category = ONET_CATEGORY.find(([re]) => re.test(cat))?.[1] ?? 'software';
    return { name, aliases, category, source: 'onet' as const };
  });
}

/** "EC2" abbreviates "Amazon Elastic Compute Cloud": its letters follow the words' initials. */
function isAcronymOf(acr: string, words: string[]): boolean {
  const initials = words.map((w) => w.replace(/[^A-Za-z]/g, '').replace(/(?<=.)[a-z]+/g, '')).join('').toLowerCase();
  let i = 0;
  for (const ch of acr.toLowerCase().replace(/[^a-z]/g, '')) {
    i = initials.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

function esco(): Candidate[] {
  const labels = new Set(readJsonl<Esco>('esco-skills-altlabels.jsonl').map((e) => e.preferredLabel.trim()));
  const out: Candidate[] = [];
  for (const [label, [name, category]] of Object.entries(ESCO_ALLOW)) {
    if (!labels.has(label)) throw new Error(`ESCO_ALLOW: "${label}" is not an ESCO preferredLabel; fix lib/skills/curated.ts`);
    out.push({ name, aliases: name === label ? [] : [label], category, source: 'esco' });
  }
  return out;
}

// ---------------------------------------------------------------- filters

let vocab: Set<string> | undefined;
function english(): Set<string> {
  return (vocab ??= new Set(readFileSync(WORDS, 'utf8').split('\n').filter(Boolean)));
}

const notSkills = new Set(NOT_SKILLS.map(skillKey));
/** One-token curated surfaces: a source name made only of them ("React Redux") would hide both. */
const curatedSingles = new Set<string>();

/** Why a raw-source surface is not usable, or null when it is. */
function rejectSurface(s: string, c: Candidate): string | null {
  if (s.length < 2 || s.length > 60) return 'length';
  if (notSkills.has(skillKey(s))) return 'NOT_SKILLS';
  const toks = surfaceTokens(s);
  if (!toks.length || toks.length > 6) return 'tokens';
  if (toks.every((t) => /^[\d.+#]+$/.test(t))) return 'numeric';
  if (toks.length === 1 && s.length <= 3 && s === s.toUpperCase()) return 'short acronym';
  if (toks.length === 1 && s.length <= 3 && c.source === 'linguist' && s === s.toLowerCase()) return 'short slug';
  if (s.length <= 2) return 'too short';
  const special = (t: string) =>
    /\d|[#+]|\.[a-z]/i.test(t) || /\p{Ll}\p{Lu}/u.test(t) || VENDORS.has(t) || (t.length >= 2 && t === t.toUpperCase() && /[A-Z]/.test(t));
  const words = toks.filter((t) => !STOP.has(t.toLowerCase()));
  if (words.every((t) => !special(t) && english().has(t.toLowerCase()))) return 'English words only';
  if (toks.length >= 2 && toks.every((t) => curatedSingles.has(t.toLowerCase()))) return 'two known skills side by side';
  return rejectOnet(s, c);
}

/** Limits that hold even for hand-picked source entries. */
function rejectHard(s: string): string | null {
  if (s.length < 2 || s.length > 60) return 'length';
  if (notSkills.has(skillKey(s))) return 'NOT_SKILLS';
  return null;
}

/** "CAD", "CAE": a short all-capitals acronym, matched in exact case only. */
function isShortAcronym(s: string): boolean {
  return s.length <= 4 && /^[A-Z0-9]+$/.test(s);
}

/** A raw-source surface that reads as English words once lower-cased ("ProFile"): exact case only. */
function needsExactCase(s: string): boolean {
  const words = surfaceTokens(s).filter((t) => !STOP.has(t.toLowerCase()));
  if (words.some((t) => VENDORS.has(t))) return false;
  return words.every((t) => english().has(t.toLowerCase()));
}

function rejectOnet(s: string, c: Candidate): string | null {
  const words = surfaceTokens(s).filter((t) => !STOP.has(t.toLowerCase()));
  if (c.source === 'onet') {
    // Descriptions ("Check imaging software") rather than product names.
    if (words.some((t) => GENERIC_TAIL.has(t))) return 'generic tail word';
    if (words.some((t) => /^\p{Ll}/u.test(t) && !/\p{Lu}/u.test(t) && !/\d/.test(t))) return 'lower-case word';
  }
  return null;
}

// ---------------------------------------------------------------- registry

class Registry {
  readonly skills: RawSkill[] = [];
  private claims = new Map<string, RawSkill>();
  private curated = new Set<RawSkill>();
  readonly rejected: string[] = [];

  addCurated(list: RawSkill[]): void {
    const errors: string[] = [];
    for (const s of list) {
      this.skills.push(s);
      this.curated.add(s);
      for (const surf of surfaces(s)) {
        const k = skillKey(surf);
        const prev = this.claims.get(k);
        if (prev && prev !== s) errors.push(`curated: "${surf}" claimed by both "${prev.n}" and "${s.n}"`);
        this.claims.set(k, s);
      }
    }
    if (errors.length) throw new Error(errors.join('\n'));
  }

  addCandidate(c: Candidate): void {
    const all = [c.name, ...c.aliases].map((s) => s.trim()).filter(Boolean);
    const owner = all.map((s) => this.claims.get(skillKey(s))).find(Boolean);
    if (owner) {
      if (this.curated.has(owner)) return; // the curated entry is authoritative
      for (const a of all) this.addAlias(owner, a, c);
      return;
    }
    // "HashiCorp Vagrant", "The MathWorks MATLAB", "Jenkins CI": a known skill behind a
    // vendor name, or before a filler word, is that skill.
    const toks = c.name.split(/\s+/);
    for (let k = 1; k < toks.length; k++) {
      const head = toks.slice(0, k);
      const tail = toks.slice(k).join(' ');
      const known = this.claims.get(skillKey(tail));
      if (known && this.curated.has(known) && head.every((t) => /^\p{Lu}/u.test(t))) return;
    }
    const core = toks.filter((t) => !FILLER.has(t)).join(' ');
    const coreOwner = core && core !== c.name ? this.claims.get(skillKey(core)) : undefined;
    if (coreOwner && this.curated.has(coreOwner)) return;
    // ESCO entries are hand-picked (ESCO_ALLOW): only the hard limits apply, not the English-word
    // filter meant for raw product lists ("web analytics" is made of English words on purpose).
    const why = c.source === 'esco' ? rejectHard(c.name) : rejectSurface(c.name, c);
    if (why) {
      this.rejected.push(`${c.source}: ${c.name} (${why})`);
      return;
    }
    const s: RawSkill = { n: c.name, c: c.category };
    if (c.source === 'esco' ? isShortAcronym(c.name) : needsExactCase(c.name)) s.s = [c.name];
    this.skills.push(s);
    this.claims.set(skillKey(c.name), s);
    for (const a of c.aliases) this.addAlias(s, a, c);
    if (c.implies?.length) s.i = c.implies.filter((x) => skillKey(x) !== skillKey(s.n));
    if (s.i && !s.i.length) delete s.i;
  }

  private addAlias(s: RawSkill, alias: string, c: Candidate): void {
    const k = skillKey(alias);
    if (!k || this.claims.has(k)) return;
    if (rejectSurface(alias, c)) return;
    (s.a ??= []).push(alias);
    if (needsExactCase(alias)) (s.s ??= []).push(alias);
    this.claims.set(k, s);
  }
}

function surfaces(s: RawSkill): string[] {
  return [s.n, ...(s.a ?? []), ...(s.q ?? [])];
}

export function buildSkills(): SkillData {
  const reg = new Registry();
  const curated = parseCurated(CURATED);
  for (const c of curated)
    for (const surf of surfaces(c)) {
      const t = surfaceTokens(surf);
      if (t.length === 1) curatedSingles.add(t[0]!.toLowerCase());
    }
  reg.addCurated(curated);
  for (const c of [...linguist(), ...devicon(), ...esco(), ...onet()]) reg.addCandidate(c);
  // Implications must name known skills.
  const names = new Map(reg.skills.flatMap((s) => surfaces(s).map((x) => [skillKey(x), s.n] as const)));
  for (const s of reg.skills) {
    if (!s.i) continue;
    s.i = s.i.map((x) => {
      const n = names.get(skillKey(x));
      if (!n) throw new Error(`"${s.n}" implies unknown skill "${x}"`);
      return n;
    });
  }
  if (process.env.JDL_SKILLS_DEBUG) writeFileSync('/tmp/skills-rejected.txt', reg.rejected.join('\n'));
  return {
    about:
      'Generated by scripts/build-skills.ts from lib/skills/curated.ts, GitHub linguist (MIT), devicon (MIT), ' +
      'simple-icons (CC0), O*NET Technology Skills (CC BY 4.0, USDOL/ETA) and ESCO (European Commission). ' +
      'Do not edit; see lib/skills/data/README.md.',
    skills: reg.skills,
  };
}

export function serialize(data: SkillData): string {
  // One skill per line: readable diffs, compact file.
  return '{"about":' + JSON.stringify(data.about) + ',"skills":[\n' + data.skills.map((s) => JSON.stringify(s)).join(',\n') + '\n]}\n';
}

/** english-words.txt: the dictionary words that occur in any source surface (build input). */
function refreshWords(): void {
  const dict = '/usr/share/dict/words';
  if (!existsSync(dict)) throw new Error(`${dict} not found (apt-get install wamerican)`);
  const words = new Set(readFileSync(dict, 'utf8').split('\n').map((w) => w.replace(/'s$/, '').toLowerCase()));
  // Job-domain words the 2020 dictionary lacks ("analytics"): lower-case words of ESCO labels and
  // O*NET occupation and category names.
  for (const e of readJsonl<Esco & { altLabels?: string[] }>('esco-skills-altlabels.jsonl'))
    for (const l of [e.preferredLabel, ...(e.altLabels ?? [])]) for (const w of l.match(/\b[a-z]{3,}\b/g) ?? []) words.add(w);
  for (const o of readJsonl<Onet & { example_occupations?: string[] }>('onet-technologies.jsonl'))
    for (const l of [...o.categories, ...(o.example_occupations ?? [])]) for (const w of l.toLowerCase().match(/\b[a-z]{3,}\b/g) ?? []) words.add(w);
  const seen = new Set<string>();
  for (const c of [...linguist(), ...devicon(), ...onet()]) {
    for (const s of [c.name, ...c.aliases]) for (const t of surfaceTokens(s)) seen.add(t.toLowerCase());
  }
  const out = [...seen].filter((w) => words.has(w)).sort();
  writeFileSync(WORDS, out.join('\n') + '\n');
  console.log(`wrote ${out.length} words to ${WORDS}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--refresh-words')) refreshWords();
  const text = serialize(buildSkills());
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === text;
    console.log(same ? 'skills.json is up to date' : 'skills.json is stale: run npx tsx scripts/build-skills.ts');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
