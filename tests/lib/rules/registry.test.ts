/**
 * The red-flag registry meta-test: every rule file is registered, named by its id, documented in
 * LABELING.md, and carries examples that one generic test runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, runRules } from '@/lib/rules';
import type { Analysis } from '@/lib/types';
import { buildContext } from './context';

const RULES_DIR = resolve(__dirname, '../../../lib/rules');
/** Files in lib/rules that are not rules: the registry, the contract, shared helpers and data. */
const NOT_RULES = new Set(['index.ts', 'types.ts', 'util.ts', 'pay.ts', 'tech.ts', 'tech-releases.ts', 'experience-years.ts']);
/** Ids we added beyond LABELING.md (document each here with its reason). None yet. */
const EXTRA_IDS: string[] = [];

function labelingIds(): string[] | null {
  const file = resolve(__dirname, '../../../../shared/corpus/LABELING.md');
  if (!existsSync(file)) return null;
  const table = readFileSync(file, 'utf8').split('## Red flags (ids)')[1] ?? '';
  return [...table.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((m) => m[1]!);
}

type Analyze = (text: string) => Analysis;
async function loadAnalyze(): Promise<Analyze | null> {
  if (!existsSync(resolve(__dirname, '../../../lib/extract/index.ts'))) return null;
  try {
    // A variable specifier: tsc must not require lib/extract to exist (it is a colleague's path).
    const spec = '@/lib/extract';
    const mod = (await import(/* @vite-ignore */ spec)) as { analyze?: Analyze };
    return typeof mod.analyze === 'function' ? mod.analyze : null;
  } catch {
    return null;
  }
}

describe('rule registry', () => {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));

  it('registers every rule file in RULES, with id = file name', () => {
    const ids = RULES.map((r) => r.id);
    for (const f of files) {
      expect(ids, `lib/rules/${f} is not in RULES: import it in lib/rules/index.ts and add it to the list (or add it to NOT_RULES here if it is a helper)`).toContain(f.replace(/\.ts$/, ''));
    }
    expect(ids.length, 'RULES has an entry without its own file: every rule lives in lib/rules/<id>.ts').toBe(files.length);
  });

  it('has unique ids, all documented in LABELING.md', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size, 'two rules share an id: ids must be unique').toBe(ids.length);
    const documented = labelingIds();
    if (!documented) return; // ../shared is absent (e.g. a fresh clone): nothing to compare with
    expect(documented.length, 'could not read the id table of LABELING.md').toBeGreaterThan(5);
    for (const id of ids) {
      expect([...documented, ...EXTRA_IDS], `rule "${id}" is not a LABELING.md id: rename it, or document it in EXTRA_IDS with a reason`).toContain(id);
    }
    for (const id of documented) expect(ids, `LABELING.md id "${id}" has no rule: add lib/rules/${id}.ts`).toContain(id);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a title and at least 3 flagging and 3 passing examples', (id, rule) => {
    expect(rule.title.length, `rule ${id}: give it a short title`).toBeGreaterThan(2);
    expect(rule.examples.flag.length, `rule ${id}: add flagging examples (>= 3)`).toBeGreaterThanOrEqual(3);
    expect(rule.examples.pass.length, `rule ${id}: add passing examples (>= 3), including tricky ones`).toBeGreaterThanOrEqual(3);
  });
});

describe('rule examples', () => {
  for (const rule of RULES) {
    it(`${rule.id}: examples flag and pass on the minimal context`, () => {
      rule.examples.flag.forEach((text, n) => {
        const hit = rule.check(buildContext(text));
        expect(hit, `rule ${rule.id}: flag example ${n} should flag but did not; check its pattern:\n${text}`).not.toBeNull();
        expect(hit!.evidence.length, `rule ${rule.id}: flag example ${n} gave no evidence; point at the words`).toBeGreaterThan(0);
        for (const s of hit!.evidence) {
          expect(s.end > s.start && s.start >= 0 && s.end <= text.length, `rule ${rule.id}: example ${n} has an evidence span outside the text`).toBe(true);
          expect(text.slice(s.start, s.end).trim(), `rule ${rule.id}: example ${n} evidence is blank`).not.toBe('');
          expect(s.end - s.start, `rule ${rule.id}: example ${n} evidence is a whole passage; point at the words that support the flag`).toBeLessThanOrEqual(120);
        }
        expect(hit!.why.length, `rule ${rule.id}: write a plain "why" sentence`).toBeGreaterThan(20);
      });
      rule.examples.pass.forEach((text, n) => {
        const hit = rule.check(buildContext(text));
        expect(hit, `rule ${rule.id}: pass example ${n} should not flag but did ("${hit?.why}"); narrow its pattern:\n${text}`).toBeNull();
      });
    });
  }

  it('all examples hold through analyze() from lib/extract (when it exists)', async () => {
    const analyze = await loadAnalyze();
    if (!analyze) return;
    const problems: string[] = [];
    for (const rule of RULES) {
      rule.examples.flag.forEach((text, n) => {
        const flags = analyze(text).redFlags.map((f) => f.id);
        if (!flags.includes(rule.id)) problems.push(`rule ${rule.id}: flag example ${n} should flag through analyze() but did not; check its pattern against the analyser's context`);
      });
      rule.examples.pass.forEach((text, n) => {
        const flags = analyze(text).redFlags.map((f) => f.id);
        if (flags.includes(rule.id)) problems.push(`rule ${rule.id}: pass example ${n} flagged through analyze(); narrow its pattern`);
      });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  }, 60_000); // loading compromise and the taxonomy takes seconds on a busy machine

  it('no-salary and vague-compensation never fire together', () => {
    const texts = RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]);
    for (const t of texts) {
      const ids = runRules(buildContext(t)).map((f) => f.id);
      expect(ids.includes('no-salary') && ids.includes('vague-compensation'), `both pay flags on: ${t}`).toBe(false);
    }
  });
});
