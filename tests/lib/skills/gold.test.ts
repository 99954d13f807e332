/**
 * The scanner alone against the hand-labelled dev postings (../shared/corpus/dev.gold.jsonl),
 * levels ignored: every gold skill found counts, every found skill that is neither gold nor
 * optional is a false hit. The corpus is read in place, never copied into the repo.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSkills, scanSoftSkills, skillKey } from '../../../lib/skills';

const corpus = join(__dirname, '../../../../shared/corpus');

interface Gold {
  id: string;
  file: string;
  skills: Record<'required' | 'preferred' | 'mentioned' | 'optional', string[]>;
  soft_skills: string[];
}

function score() {
  let tp = 0, fp = 0, fn = 0, softTp = 0, softFp = 0, softFn = 0;
  const notes: string[] = [];
  for (const line of readFileSync(join(corpus, 'dev.gold.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const g = JSON.parse(line) as Gold;
    const text = readFileSync(join(corpus, g.file), 'utf8');
    const found = new Map<string, Set<string>>();
    for (const m of scanSkills(text))
      found.set(m.skill.name, new Set([skillKey(m.skill.name), ...m.skill.aliases.map(skillKey)]));
    const alts = (s: string) => s.split('|').map(skillKey);
    const gold = [...g.skills.required, ...g.skills.preferred, ...g.skills.mentioned].map(alts);
    const optional = g.skills.optional.map(alts);
    const matched = new Set<string>();
    for (const a of gold) {
      const hit = [...found].find(([, keys]) => a.some((k) => keys.has(k)));
      if (hit) (tp++, matched.add(hit[0]));
      else (fn++, notes.push(`${g.id}: missed ${a.join('|')}`));
    }
    for (const [name, keys] of found) {
      if (matched.has(name) || [...gold, ...optional].some((a) => a.some((k) => keys.has(k)))) continue;
      fp++;
      notes.push(`${g.id}: false hit ${name}`);
    }
    const soft = new Set(scanSoftSkills(text).map((m) => skillKey(m.name)));
    const softGold = new Set(g.soft_skills.map(skillKey));
    for (const s of softGold) soft.has(s) ? softTp++ : softFn++;
    for (const s of soft) if (!softGold.has(s)) softFp++;
  }
  return {
    precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn, notes,
    softPrecision: softTp / (softTp + softFp), softRecall: softTp / (softTp + softFn),
  };
}

describe.skipIf(!existsSync(join(corpus, 'dev.gold.jsonl')))('dev gold (scanner alone, levels ignored)', () => {
  it('reaches precision >= 0.92 and recall >= 0.88 on hard skills', () => {
    const s = score();
    console.log(
      `skills P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}); ` +
        `soft P=${s.softPrecision.toFixed(3)} R=${s.softRecall.toFixed(3)}`,
    );
    expect(s.precision, s.notes.join('\n')).toBeGreaterThanOrEqual(0.92);
    expect(s.recall, s.notes.join('\n')).toBeGreaterThanOrEqual(0.88);
  });
});
