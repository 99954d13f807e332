/**
 * Red-flag precision and recall on the labelled dev postings (../shared/corpus/dev.gold.jsonl),
 * through analyze() from lib/extract. Skipped when either is absent. Optional flags count
 * neither way (LABELING.md). Target: both >= 0.90.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { Analysis } from '@/lib/types';

const CORPUS = resolve(__dirname, '../../../../shared/corpus');
const GOLD = resolve(CORPUS, 'dev.gold.jsonl');
const EXTRACT = resolve(__dirname, '../../../lib/extract/index.ts');

it.skipIf(!existsSync(GOLD) || !existsSync(EXTRACT))('red flags reach P and R >= 0.90 on dev.gold', async () => {
  const spec = '@/lib/extract';
  const { analyze } = (await import(/* @vite-ignore */ spec)) as { analyze: (t: string) => Analysis };
  let tp = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const line of readFileSync(GOLD, 'utf8').split('\n').filter(Boolean)) {
    const g = JSON.parse(line) as { id: string; file: string; red_flags: string[]; red_flags_optional?: string[] };
    const got = new Set(analyze(readFileSync(resolve(CORPUS, g.file), 'utf8')).redFlags.map((f) => f.id));
    const optional = new Set(g.red_flags_optional ?? []);
    for (const id of got) if (g.red_flags.includes(id)) tp++; else if (!optional.has(id)) wrong.push(`${g.id}: ${id}`);
    for (const id of g.red_flags) if (!got.has(id)) missed.push(`${g.id}: ${id}`);
  }
  const precision = tp / Math.max(1, tp + wrong.length);
  const recall = tp / Math.max(1, tp + missed.length);
  expect(precision, `false flags (narrow these rules, for the general case): ${wrong.join('; ')}`).toBeGreaterThanOrEqual(0.9);
  expect(recall, `missed flags (widen these rules, for the general case): ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.9);
}, 120_000);
