/**
 * Fuzzing lib/extract's analyze() (and lib/match on a sample) with 10,000 seeded random and
 * adversarial texts (tests/fuzz/gen.ts): it never throws, returns the text unchanged, every
 * evidence span lies within the text, on whole UTF-16 characters, and slices the words it
 * names, and no text costs more than 50 ms of CPU per 10 KB (a backtracking regex would).
 * A 1 MB posting is analysed within the bound below.
 *
 * Reproduce a failure: FUZZ_SEED=<seed> FUZZ_CASE=<n> npx vitest run tests/fuzz/analyze
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeUnchecked } from '@/lib/extract';
import { matchProfile } from '@/lib/match';
import { SENSES } from '@/lib/skills/curated';
import type { Analysis, Profile } from '@/lib/types';
import { GENERATOR_NAMES, GENERATORS, makeCase, prng } from './gen';

const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const ONLY = process.env.FUZZ_CASE != null ? Number(process.env.FUZZ_CASE) : null;
const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const CHUNK = 1_000;
/** CPU budget: 50 ms per 10 KB of text (DESIGN.md: linear cost, a few ms per posting). */
const MS_PER_10KB = 50;
/** A 1 MB posting: CPU bound for one analyze() call (measured 0.5 s on the CI machine; 10× headroom). */
const ONE_MB_MS = 5_000;

const PROFILE: Profile = { name: 'fuzz', skills: [{ name: 'Python', years: 5 }, { name: 'k8s' }, { name: 'SQL', years: 2 }], totalYears: 6, workModes: ['remote'] };

/** CPU milliseconds of `fn` (user + system), less sensitive to other processes than wall time. */
function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/**
 * Compare a span's words with a skill name: case, spacing, invisible characters and punctuation
 * aside (the scanner reads ".NET & Core" as .NET Core), but not the "#" and "+" of C#, C++.
 */
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cf}\p{Mn}\s]|(?![#+])[\p{P}\p{S}]/gu, '');

/** Surfaces whose skill depends on the words around them (lib/skills/curated.ts SENSES): "DSP" in an ad-tech posting. */
const senses = new Map<string, string[]>();
for (const [surface, alternatives] of Object.entries(SENSES)) for (const [skill] of alternatives) senses.set(skill, [...(senses.get(skill) ?? []), surface]);

/**
 * Known extractor bugs the fuzzer found, each pinned by a minimal example below (an `it.fails`
 * that starts failing once the bug is fixed: then delete the entry). Cases showing only these
 * issues are counted, not failed.
 */
const KNOWN_ISSUES: { issue: RegExp; text: string; skill: string; note: string }[] = [];
const isKnown = (issue: string) => KNOWN_ISSUES.some((k) => k.issue.test(issue));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (t: string, i: number) => i > 0 && i < t.length && isHigh(t.charCodeAt(i - 1)) && isLow(t.charCodeAt(i));

/** Everything wrong with one analysis of `text`, in words. */
export function problems(text: string, a: Analysis): string[] {
  const out: string[] = [];
  if (a.text !== text) out.push('text changed');
  const span = (where: string, s: { start: number; end: number }) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.end <= s.start) {
      out.push(`${where}: span ${s.start}-${s.end} out of bounds (length ${text.length})`);
      return false;
    }
    if (splitsPair(text, s.start) || splitsPair(text, s.end)) out.push(`${where}: span ${s.start}-${s.end} splits a surrogate pair`);
    return true;
  };
  const names = new Set<string>();
  for (const s of a.skills) {
    if (names.has(s.name)) out.push(`skill ${s.name} listed twice`);
    names.add(s.name);
    if (!['required', 'preferred', 'mentioned'].includes(s.level)) out.push(`skill ${s.name}: level ${s.level}`);
    if (!s.evidence.length) out.push(`skill ${s.name}: no evidence`);
    const known = new Set([s.name, ...s.aliases, ...(senses.get(s.name) ?? [])].map(norm));
    for (const e of s.evidence) {
      if (!span(`skill ${s.name}`, e)) continue;
      const words = text.slice(e.start, e.end);
      if (!known.has(norm(words))) out.push(`skill ${s.name}: evidence ${JSON.stringify(words)} does not name it`);
    }
  }
  for (const s of a.softSkills) for (const e of s.evidence) span(`soft skill ${s.name}`, e);
  if (a.experience) {
    const { minYears, maxYears } = a.experience;
    for (const y of [minYears, maxYears]) if (y != null && !(Number.isFinite(y) && y >= 0)) out.push(`experience: years ${y}`);
    if (minYears != null && maxYears != null && minYears > maxYears) out.push(`experience: ${minYears} > ${maxYears}`);
    for (const e of a.experience.evidence) if (span('experience', e) && !/[\p{N}]|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\b/iu.test(text.slice(e.start, e.end))) out.push(`experience evidence ${JSON.stringify(text.slice(e.start, e.end))} has no number`);
    for (const p of a.experience.perSkill ?? []) for (const e of p.evidence) span(`years of ${p.skill}`, e);
  }
  if (a.salary) {
    const { min, max, currency, period } = a.salary;
    for (const v of [min, max]) if (v != null && !(Number.isFinite(v) && v >= 0)) out.push(`salary: amount ${v}`);
    if (min != null && max != null && min > max) out.push(`salary: ${min} > ${max}`);
    if (!currency) out.push('salary: no currency');
    if (!['hour', 'day', 'week', 'month', 'year'].includes(period)) out.push(`salary: period ${period}`);
    for (const e of a.salary.evidence) span('salary', e);
  }
  if (a.seniority != null && !['intern', 'junior', 'mid', 'senior', 'staff', 'lead', 'director'].includes(a.seniority)) out.push(`seniority ${a.seniority}`);
  if (a.workMode != null && !['remote', 'hybrid', 'onsite'].includes(a.workMode)) out.push(`work mode ${a.workMode}`);
  for (const f of a.redFlags) {
    if (!f.id || !f.title || !f.why) out.push(`red flag without id/title/why: ${JSON.stringify(f).slice(0, 80)}`);
    for (const e of f.evidence) span(`flag ${f.id}`, e);
  }
  try {
    structuredClone(a); // it crosses the messaging boundary
  } catch (e) {
    out.push(`not cloneable: ${String(e)}`);
  }
  return out;
}

interface Failure {
  i: number;
  recipe: string[];
  length: number;
  issues: string[];
  sample: string;
}

function runCase(i: number, failures: Failure[], costs: { ms: number; len: number }[], known: Map<string, number>) {
  const { text, recipe } = makeCase(SEED, i);
  const fail = (issues: string[]) => failures.push({ i, recipe, length: text.length, issues, sample: JSON.stringify(text.slice(0, 160)) });
  let a: Analysis | undefined;
  let ms = cpuMs(() => {
    try {
      a = analyzeUnchecked(text); // no safety net: a bug must show here, not be swallowed
    } catch (e) {
      fail([`threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`]);
    }
  });
  if (!a) return;
  const budget = MS_PER_10KB * Math.max(1, text.length / 10_000);
  if (ms > budget) {
    // Best of three: a GC pause or a busy machine spikes once; a backtracking regex does not go away.
    for (let k = 0; k < 3 && ms > budget; k++) ms = Math.min(ms, cpuMs(() => analyze(text)));
  }
  costs.push({ ms, len: text.length });
  const issues = problems(text, a);
  if (ms > budget) issues.push(`took ${ms.toFixed(1)} ms of CPU for ${text.length} characters (budget ${budget.toFixed(0)} ms): look for a backtracking regex`);
  if (i % 10 === 0) {
    const m = matchProfile(a, PROFILE);
    if (!(Number.isInteger(m.score) && m.score >= 0 && m.score <= 100)) issues.push(`match score ${m.score}`);
  }
  for (const k of issues.filter(isKnown)) known.set(k, (known.get(k) ?? 0) + 1);
  const unknown = issues.filter((x) => !isKnown(x));
  if (unknown.length) fail(unknown);
}

const report = (failures: Failure[]) =>
  failures
    .slice(0, 15)
    .map((f) => `case ${f.i} (FUZZ_SEED=${SEED} FUZZ_CASE=${f.i}) [${f.recipe.join(' + ')}], ${f.length} chars ${f.sample}:\n    ${f.issues.slice(0, 5).join('\n    ')}`)
    .join('\n');

describe(`analyze() on ${ONLY ?? CASES} seeded texts (seed ${SEED})`, () => {
  analyze('Warm-up: 3+ years of Python required; Docker is a plus.'); // lexicon, tries, JIT
  const chunks: [number, number][] = ONLY != null ? [[ONLY, ONLY + 1]] : Array.from({ length: Math.ceil(CASES / CHUNK) }, (_, k) => [k * CHUNK, Math.min(CASES, (k + 1) * CHUNK)]);
  for (const [from, to] of chunks) {
    it(`cases ${from}-${to - 1}: no throw, spans in bounds and naming their words, ≤ ${MS_PER_10KB} ms CPU per 10 KB`, { timeout: 120_000 }, () => {
      const failures: Failure[] = [];
      const costs: { ms: number; len: number }[] = [];
      const known = new Map<string, number>();
      for (let i = from; i < to; i++) runCase(i, failures, costs, known);
      if (known.size) console.log(`[fuzz] cases ${from}-${to - 1}, known issues: ${[...known].map(([k, n]) => `${n}× ${k}`).join('; ')}`);
      expect(failures.length, `${failures.length} failing cases:\n${report(failures)}`).toBe(0);
    });
  }
});

describe.runIf(KNOWN_ISSUES.length > 0)('known issues (pinned)', () => {
  // Each fails today; when the extractor is fixed, `it.fails` reports it: delete the entry above.
  for (const k of KNOWN_ISSUES) {
    it.fails(`${k.note}`, () => {
      const a = analyzeUnchecked(k.text);
      expect(a.skills.map((s) => s.name)).not.toContain(k.skill);
    });
  }
});

describe('cost grows linearly', () => {
  // Per generator, 40 KB of text must cost no more than 8 times 10 KB (linear is 4): a regex or
  // loop that backtracks over the whole text grows quadratically and fails here first.
  it.each(GENERATOR_NAMES)('%s', { timeout: 60_000 }, (name) => {
    const r = prng(SEED ^ name.length);
    const big = GENERATORS[name]!(r, 40_000);
    const small = big.slice(0, 10_000);
    const best = (t: string) => Math.min(...[0, 1, 2].map(() => cpuMs(() => analyze(t))));
    const [s, b] = [best(small), best(big)];
    expect(b, `10 KB took ${s.toFixed(1)} ms, 40 KB ${b.toFixed(1)} ms of CPU`).toBeLessThanOrEqual(Math.max(8 * s, 4 * MS_PER_10KB));
  });
});

describe('a 1 MB posting', () => {
  it(`is analysed within ${ONE_MB_MS / 1000} s of CPU, spans intact`, { timeout: 120_000 }, () => {
    // Realistic fragments and every adversarial generator, interleaved up to 1 MB.
    const r = prng(SEED);
    let text = '';
    for (let k = 0; text.length < 1_000_000; k++) {
      const name = GENERATOR_NAMES[k % GENERATOR_NAMES.length]!;
      text += GENERATORS[name === 'random code units' ? 'mutated postings' : name]!(r, 2_000) + '\n\n';
      text += GENERATORS['mutated postings']!(r, 3_000) + '\n';
    }
    let a: Analysis | undefined;
    const ms = cpuMs(() => (a = analyzeUnchecked(text)));
    console.log(`[fuzz] 1 MB posting (${text.length} chars): ${ms.toFixed(0)} ms of CPU, ${a!.skills.length} skills, ${a!.redFlags.length} flags`);
    expect(problems(text, a!).filter((x) => !isKnown(x))).toEqual([]);
    expect(a!.skills.length).toBeGreaterThan(10);
    expect(ms).toBeLessThanOrEqual(ONE_MB_MS);
  });
});
