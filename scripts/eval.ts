/**
 * Scores analyze() on the shared corpus (../shared/corpus, read in place, never copied).
 *   npm run eval              print the table
 *   npm run eval -- --check   also compare with tests/eval-floors.json; exit 1 naming what dropped
 *   npm run eval -- --verbose per-posting misses on the dev set
 *   npm run eval -- --gold=/path/to/other.gold.jsonl   score another labelled set the same way
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeUnchecked as analyze } from '../lib/extract';
import { skillKey } from '../lib/skills';
import type { Analysis } from '../lib/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const FLOORS = join(ROOT, 'tests', 'eval-floors.json');
const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');
/** --gold=FILE scores another gold file of the same format (e.g. a held-out labelling) instead of dev.gold.jsonl. */
const goldFile = process.argv.find((a) => a.startsWith('--gold='))?.slice('--gold='.length) ?? 'dev.gold.jsonl';

function readJsonl<T>(rel: string): T[] {
  const p = resolve(CORPUS, rel);
  if (!existsSync(p)) throw new Error(`missing ${p}: the corpus is read from ../shared/corpus next to the repo`);
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** figure name -> value (0..1 ratios, or counts); printed and checked against floors */
const figures: Record<string, number> = {};
const rows: [string, string, string][] = [];
function put(name: string, value: number, detail: string): void {
  figures[name] = Math.round(value * 1000) / 1000;
  rows.push([name, Number.isInteger(value) && value > 1 ? String(value) : value.toFixed(3), detail]);
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

// ---------------------------------------------------------------- dev gold
interface Gold {
  id: string;
  file: string;
  title: string;
  skills: { required: string[]; preferred: string[]; mentioned: string[]; optional: string[] };
  soft_skills: string[];
  experience: { min_years: number | null; max_years: number | null } | null;
  salary: { min: number | null; max: number | null; currency: string; period: string } | null;
  seniority: string | null;
  work_mode: string | null;
  red_flags: string[];
  red_flags_optional: string[];
}

const SENIORITY_ALIAS: Record<string, string> = { manager: 'lead', principal: 'staff', entry: 'junior', vp: 'director' };

function keysOf(s: { name: string; aliases: string[] }): Set<string> {
  return new Set([s.name, ...s.aliases].map(skillKey));
}

function evalDev(): void {
  const gold = readJsonl<Gold>(goldFile);
  let tp = 0, fp = 0, fn = 0, levelOk = 0, levelN = 0, rpOk = 0, rpN = 0;
  let expOk = 0, salOk = 0, senOk = 0, wmOk = 0, softTp = 0, softFp = 0, softFn = 0;
  let flagTp = 0, flagFp = 0, flagFn = 0;
  for (const g of gold) {
    const text = readFileSync(join(CORPUS, g.file), 'utf8');
    const a: Analysis = analyze(text, { title: g.title });
    const entries: { alts: Set<string>; level: string | null; raw: string }[] = [];
    for (const level of ['required', 'preferred', 'mentioned', 'optional'] as const)
      for (const e of g.skills[level]) entries.push({ alts: new Set(e.split('|').map(skillKey)), level: level === 'optional' ? null : level, raw: e });
    const used = new Set<number>();
    const misses: string[] = [];
    for (const s of a.skills) {
      const k = keysOf(s);
      const idx = entries.findIndex((e, i) => !used.has(i) && [...e.alts].some((x) => k.has(x)));
      if (idx < 0) {
        fp++;
        misses.push(`  FP ${s.name} (${s.level}) "${text.slice(s.evidence[0]!.start, s.evidence[0]!.end)}"`);
        continue;
      }
      used.add(idx);
      const e = entries[idx]!;
      if (e.level === null) continue;
      tp++;
      levelN++;
      if (e.level === s.level) levelOk++;
      else misses.push(`  LEVEL ${s.name}: got ${s.level}, gold ${e.level}`);
      if (e.level !== 'mentioned') {
        rpN++;
        if (e.level === s.level) rpOk++;
      }
    }
    entries.forEach((e, i) => {
      if (e.level !== null && !used.has(i)) {
        fn++;
        misses.push(`  FN ${e.raw} (${e.level})`);
      }
    });
    const ge = g.experience;
    const exp = a.experience && a.experience.minYears !== null ? { min: a.experience.minYears, max: a.experience.maxYears } : null;
    const expHit = ge === null || ge.min_years === null ? exp === null : exp !== null && exp.min === ge.min_years && exp.max === ge.max_years;
    if (expHit) expOk++;
    else misses.push(`  EXP got ${JSON.stringify(exp)} gold ${JSON.stringify(ge)}`);
    const gs = g.salary;
    const s = a.salary;
    const salHit = gs === null ? s === null : !!s && s.min === gs.min && s.max === gs.max && s.currency === gs.currency && s.period === gs.period;
    if (salHit) salOk++;
    else misses.push(`  SALARY got ${JSON.stringify(s && { ...s, evidence: undefined })} gold ${JSON.stringify(gs)}`);
    const gsen = g.seniority ? (SENIORITY_ALIAS[g.seniority] ?? g.seniority) : null;
    if (gsen === a.seniority) senOk++;
    else misses.push(`  SENIORITY got ${a.seniority} gold ${g.seniority}`);
    if ((g.work_mode ?? null) === a.workMode) wmOk++;
    else misses.push(`  WORKMODE got ${a.workMode} gold ${g.work_mode}`);
    const gsoft = new Set(g.soft_skills.map(skillKey));
    const psoft = new Set(a.softSkills.map((x) => skillKey(x.name)));
    for (const x of psoft) gsoft.has(x) ? softTp++ : softFp++;
    for (const x of gsoft) if (!psoft.has(x)) softFn++;
    const gf = new Set(g.red_flags);
    const opt = new Set(g.red_flags_optional);
    const pf = new Set(a.redFlags.map((f) => f.id));
    for (const f of pf) {
      if (gf.has(f)) flagTp++;
      else if (!opt.has(f)) {
        flagFp++;
        misses.push(`  FLAG FP ${f}`);
      }
    }
    for (const f of gf) if (!pf.has(f)) {
      flagFn++;
      misses.push(`  FLAG FN ${f}`);
    }
    if (verbose && misses.length) console.log(`${g.id}\n${misses.join('\n')}`);
  }
  const p = ratio(tp, tp + fp), r = ratio(tp, tp + fn);
  put('dev.skills.precision', p, `${tp} right, ${fp} wrong (optional ignored), ${gold.length} postings`);
  put('dev.skills.recall', r, `${fn} gold skills missed`);
  put('dev.skills.f1', p + r ? (2 * p * r) / (p + r) : 0, '');
  put('dev.level.accuracy', ratio(levelOk, levelN), `${levelOk}/${levelN} matched skills at the gold level`);
  put('dev.level.reqpref', ratio(rpOk, rpN), `${rpOk}/${rpN} gold required/preferred skills at that level`);
  put('dev.experience.exact', ratio(expOk, gold.length), `${expOk}/${gold.length}`);
  put('dev.salary.exact', ratio(salOk, gold.length), `${salOk}/${gold.length}`);
  put('dev.seniority', ratio(senOk, gold.length), `${senOk}/${gold.length}`);
  put('dev.workmode', ratio(wmOk, gold.length), `${wmOk}/${gold.length}`);
  put('dev.soft.precision', ratio(softTp, softTp + softFp), `${softTp} right, ${softFp} wrong`);
  put('dev.soft.recall', ratio(softTp, softTp + softFn), `${softFn} missed`);
  put('dev.flags.precision', ratio(flagTp, flagTp + flagFp), `${flagTp} right, ${flagFp} wrong (optional ignored)`);
  put('dev.flags.recall', ratio(flagTp, flagTp + flagFn), `${flagFn} missed`);
}

// ---------------------------------------------------------------- Google minimum vs preferred
interface GooglePosting {
  id: string;
  title: string;
  responsibilities: string[];
  required: string[];
  preferred: string[];
}

function evalGoogle(): void {
  const postings = readJsonl<GooglePosting>('google-qualifications/postings.jsonl');
  let reqOk = 0, reqN = 0, prefOk = 0, prefN = 0;
  const wrong: string[] = [];
  for (const g of postings) {
    const parts = [g.title, '', 'Responsibilities:', ...(g.responsibilities ?? []), ''];
    const minStart = parts.join('\n').length + 'Minimum qualifications:\n'.length;
    parts.push('Minimum qualifications:', ...(g.required ?? []), '');
    const minEnd = parts.join('\n').length;
    parts.push('Preferred qualifications:', ...(g.preferred ?? []));
    const text = parts.join('\n');
    const a = analyze(text, { title: g.title });
    for (const s of a.skills) {
      const inMin = s.evidence.some((e) => e.start >= minStart && e.end <= minEnd);
      const inPref = s.evidence.some((e) => e.start >= minEnd);
      if (inMin) {
        reqN++;
        if (s.level === 'required') reqOk++;
        else wrong.push(`${g.id} MIN ${s.name} -> ${s.level}: ${lineOf(text, s.evidence.find((e) => e.start >= minStart)!.start)}`);
      } else if (inPref) {
        prefN++;
        if (s.level === 'preferred') prefOk++;
        else wrong.push(`${g.id} PREF ${s.name} -> ${s.level}: ${lineOf(text, s.evidence.find((e) => e.start >= minEnd)!.start)}`);
      }
    }
  }
  if (verbose) console.log(wrong.slice(0, 60).join('\n'));
  put('google.minimum.required', ratio(reqOk, reqN), `${reqOk}/${reqN} skills under Minimum come out required`);
  put('google.preferred.preferred', ratio(prefOk, prefN), `${prefOk}/${prefN} skills only under Preferred come out preferred`);
  put('google.level.overall', ratio(reqOk + prefOk, reqN + prefN), `${postings.length} postings`);
}

function lineOf(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at) + 1;
  const e = text.indexOf('\n', at);
  return text.slice(s, e < 0 ? undefined : e);
}

// ---------------------------------------------------------------- SkillSpan (tech postings)
interface SpanRow {
  id: string;
  source: string;
  text: string;
  spans: { label: string; start: number; end: number; text: string }[];
}

function evalSkillSpan(): void {
  const rows = readJsonl<SpanRow>('skillspan/postings.jsonl').filter((r) => r.source === 'tech');
  let hits = 0, inside = 0, know = 0, knowFound = 0;
  const outside = new Map<string, number>();
  for (const r of rows) {
    const a = analyze(r.text);
    const ann = r.spans;
    for (const s of a.skills)
      for (const e of s.evidence) {
        hits++;
        if (ann.some((x) => e.start < x.end && e.end > x.start)) inside++;
        else outside.set(s.name, (outside.get(s.name) ?? 0) + 1);
      }
    for (const x of ann) {
      if (x.label !== 'KNOWLEDGE' || x.text.split(/\s+/).length > 2) continue;
      know++;
      if (a.skills.some((s) => s.evidence.some((e) => e.start < x.end && e.end > x.start))) knowFound++;
    }
  }
  if (verbose) console.log('skillspan hits outside annotations:', [...outside].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${k}:${v}`).join(' '));
  put('skillspan.precision', ratio(inside, hits), `${inside}/${hits} of our skill spans fall on an annotated span (${rows.length} tech postings)`);
  put('skillspan.knowledge.recall', ratio(knowFound, know), `${knowFound}/${know} short KNOWLEDGE spans (1-2 words) found`);
}

// ---------------------------------------------------------------- Green sentences
function evalGreen(): void {
  const rows = readJsonl<{ id: number; text: string; spans: { start: number; end: number }[] }>('green/testset.jsonl');
  let hits = 0, falseHits = 0, sentencesWithFalse = 0;
  const names = new Map<string, number>();
  for (const r of rows) {
    const a = analyze(r.text);
    let bad = false;
    for (const s of a.skills)
      for (const e of s.evidence) {
        hits++;
        if (!r.spans.some((x) => e.start < x.end && e.end > x.start)) {
          falseHits++;
          bad = true;
          names.set(s.name, (names.get(s.name) ?? 0) + 1);
        }
      }
    if (bad) sentencesWithFalse++;
  }
  if (verbose) console.log('green false hits:', [...names].map(([k, v]) => `${k}:${v}`).join(' '));
  put('green.falsehit.sentences', ratio(sentencesWithFalse, rows.length), `${sentencesWithFalse}/${rows.length} sentences with a skill hit outside every annotated span (lower is better)`);
  put('green.falsehit.share', ratio(falseHits, hits), `${falseHits}/${hits} of our hits fall outside annotations (lower is better)`);
}

// ---------------------------------------------------------------- salary and experience phrases
interface SalaryEx {
  string: string;
  context: string;
  suggested_parse: { min: number | null; max: number | null; currency: string; period: string | null };
  note: string;
}
interface ExpEx {
  string: string;
  section: string | null;
  suggested_min_years: number | null;
  suggested_max_years: number | null;
}

function evalPhrases(): void {
  const sal = readJsonl<SalaryEx>('salary-experience/salary_examples.jsonl');
  let ok = 0, n = 0, negOk = 0, negN = 0;
  const bad: string[] = [];
  for (const x of sal) {
    const text = x.context && x.context.includes(x.string) ? x.context : x.string;
    const s = analyze(text).salary;
    if (/\bNOT salary\b/.test(x.note)) {
      negN++;
      if (s === null) negOk++;
      else bad.push(`salary NEG parsed: ${x.string} -> ${JSON.stringify(s)}`);
      continue;
    }
    if (x.suggested_parse.period === null) continue; // "Unpaid": no figure to parse
    n++;
    const g = x.suggested_parse;
    if (s && s.min === g.min && s.max === g.max && s.currency === g.currency && s.period === g.period) ok++;
    else bad.push(`salary: ${JSON.stringify(x.string)} got ${JSON.stringify(s && { ...s, evidence: undefined })} want ${JSON.stringify(g)}`);
  }
  put('phrases.salary.exact', ratio(ok, n), `${ok}/${n} salary strings parsed exactly`);
  put('phrases.salary.negatives', ratio(negOk, negN), `${negOk}/${negN} benefit amounts rejected`);
  const exp = readJsonl<ExpEx>('salary-experience/experience_examples.jsonl');
  let eok = 0, en = 0, enOk = 0, enN = 0;
  for (const x of exp) {
    const e = analyze(x.string).experience;
    const got = e && e.minYears !== null ? { min: e.minYears, max: e.maxYears } : null;
    if ((x.section ?? '').startsWith('NEGATIVE')) {
      enN++;
      if (got === null) enOk++;
      else bad.push(`experience NEG parsed: ${x.string} -> ${JSON.stringify(got)}`);
      continue;
    }
    en++;
    if (got && got.min === x.suggested_min_years && got.max === x.suggested_max_years) eok++;
    else bad.push(`experience: ${JSON.stringify(x.string)} got ${JSON.stringify(got)} want ${x.suggested_min_years}-${x.suggested_max_years}`);
  }
  put('phrases.experience.exact', ratio(eok, en), `${eok}/${en} experience phrases parsed exactly`);
  put('phrases.experience.negatives', ratio(enOk, enN), `${enOk}/${enN} hard negatives rejected`);
  if (verbose && bad.length) console.log(bad.join('\n'));
}

// ---------------------------------------------------------------- every posting: no throw, spans in range
function evalSmoke(): void {
  const dir = join(CORPUS, 'postings');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  let ok = 0;
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const a = analyze(text); // unchecked: a bug throws here and names the file below
    const spans = [...a.skills.flatMap((x) => x.evidence), ...(a.salary?.evidence ?? []), ...(a.experience?.evidence ?? [])];
    if (spans.every((e) => e.start >= 0 && e.end > e.start && e.end <= text.length)) ok++;
    else console.log(`span out of range in ${f}`);
  }
  put('postings.spans.valid', ratio(ok, files.length), `${ok}/${files.length} postings analysed without error, every span inside the text`);
}

// ---------------------------------------------------------------- run
const LOWER_IS_BETTER = /falsehit/;
const t0 = performance.now();
evalDev();
evalGoogle();
evalSkillSpan();
evalGreen();
evalPhrases();
evalSmoke();
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`\nJD Lens extraction eval (corpus: ${CORPUS})\n`);
console.log(`${'figure'.padEnd(w)}  value  detail`);
console.log(`${'-'.repeat(w)}  -----  ------`);
for (const [name, v, d] of rows) console.log(`${name.padEnd(w)}  ${v.padStart(5)}  ${d}`);
console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);

if (args.has('--check')) {
  if (!existsSync(FLOORS)) {
    console.error(`no floors file at ${FLOORS}`);
    process.exit(1);
  }
  const floors = JSON.parse(readFileSync(FLOORS, 'utf8')) as Record<string, number>;
  const dropped: string[] = [];
  for (const [name, floor] of Object.entries(floors)) {
    if (name.startsWith('_')) continue;
    const v = figures[name];
    if (v === undefined) dropped.push(`${name}: no longer measured (floor ${floor})`);
    else if (LOWER_IS_BETTER.test(name) ? v > floor : v < floor)
      dropped.push(`${name}: ${v} is ${LOWER_IS_BETTER.test(name) ? 'above the ceiling' : 'below the floor'} ${floor}`);
  }
  if (dropped.length) {
    console.error(`\neval --check FAILED; these figures dropped (run "npm run eval -- --verbose" to see the cases):\n  ${dropped.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\neval --check: every figure at or above its floor');
}
