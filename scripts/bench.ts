/**
 * Benchmarks, run in order as named sections (`npm run bench`, or `npm run bench -- analyze` for
 * one). To add one, write a `BenchSection` below and append it to SECTIONS; keep this file
 * export-free (it is a script).
 *
 * Timing is a careful manual loop: warm-up, then analyze() and compromise's own nlp() alternate
 * sample by sample on the same text, so machine load hits both alike; medians are reported.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { analyze } from '../lib/extract';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const POSTINGS = resolve(ROOT, '..', 'shared', 'corpus', 'postings');

interface BenchSection {
  name: string;
  run(): void | Promise<void>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}

function table(head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

/** Posting texts from ../shared/corpus/postings, concatenated and cut at a line once `words` is reached. */
function postingText(words: number): string {
  const files = readdirSync(POSTINGS).filter((f) => f.endsWith('.txt')).sort();
  const lines: string[] = [];
  let count = 0;
  for (let round = 0; count < words; round++) {
    for (const f of files) {
      for (const line of readFileSync(join(POSTINGS, f), 'utf8').split('\n')) {
        const ws = line.split(/\s+/).filter(Boolean).length;
        if (count + ws >= words) {
          // cut this line at the word that reaches the target
          let left = words - count;
          const m = new RegExp(`^\\s*(?:\\S+\\s+){${Math.max(0, left - 1)}}\\S+`).exec(line);
          lines.push(m ? m[0] : line);
          left = 0;
          return lines.join('\n');
        }
        lines.push(line);
        count += ws;
      }
      lines.push('');
    }
    if (round > 100) break;
  }
  return lines.join('\n');
}

const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;

const analyzeSection: BenchSection = {
  name: 'analyze',
  run() {
    const sizes = [300, 1000, 3000, 10000];
    const rows: (string | number)[][] = [];
    for (const n of sizes) {
      const text = postingText(n);
      const samples = n >= 10000 ? 12 : n >= 3000 ? 25 : 60;
      for (let i = 0; i < 5; i++) {
        analyze(text);
        nlp(text);
      }
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < samples; i++) {
        let t0 = performance.now();
        analyze(text);
        a.push(performance.now() - t0);
        t0 = performance.now();
        nlp(text);
        b.push(performance.now() - t0);
      }
      const am = median(a);
      const bm = median(b);
      const w = wordCount(text);
      rows.push([w, am.toFixed(2), Math.min(...a).toFixed(2), bm.toFixed(2), (am / bm).toFixed(3), ((am / w) * 1000).toFixed(2)]);
    }
    console.log('Warm analyze() vs compromise nlp(text) on the same text (median of alternating samples, ms)\n');
    table(['words', 'analyze p50', 'analyze min', 'nlp p50', 'ratio', 'analyze ms/1k words'], rows);

    // cold: a fresh process, import + first call
    const cold: { importMs: number; firstMs: number; secondMs: number; heapModel: number; heapAfter: number }[] = [];
    const code = `
      const t0 = performance.now();
      const { analyze } = await import(${JSON.stringify(join(ROOT, 'lib/extract/index.ts'))});
      const t1 = performance.now();
      const text = ${JSON.stringify(postingText(1000))};
      analyze(text);
      const t2 = performance.now();
      analyze(text);
      const t3 = performance.now();
      globalThis.gc?.();
      const heapModel = process.memoryUsage().heapUsed;
      const big = ${JSON.stringify(postingText(10000))};
      const kept = analyze(big);
      globalThis.gc?.();
      const heapAfter = process.memoryUsage().heapUsed;
      console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2, heapModel, heapAfter, skills: kept.skills.length }));`;
    for (let i = 0; i < 3; i++) {
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
      const line = r.stdout.trim().split('\n').pop() ?? '';
      try {
        cold.push(JSON.parse(line));
      } catch {
        console.log('cold run failed:', r.stderr.slice(0, 400));
      }
    }
    if (cold.length) {
      console.log('\nCold start in a fresh node process (1,000 words; median of 3 processes; import includes tsx transpiling)\n');
      table(
        ['step', 'ms'],
        [
          ['import lib/extract (compromise, taxonomy)', median(cold.map((c) => c.importMs)).toFixed(1)],
          ['first analyze()', median(cold.map((c) => c.firstMs)).toFixed(1)],
          ['second analyze()', median(cold.map((c) => c.secondMs)).toFixed(1)],
        ],
      );
      const mb = (n: number) => (n / 1048576).toFixed(1);
      console.log(
        `\nHeap used (fresh process, after gc): ${mb(median(cold.map((c) => c.heapModel)))} MB with compromise and the taxonomy loaded; ` +
          `${mb(median(cold.map((c) => c.heapAfter)))} MB holding a 10k-word Analysis`,
      );
    }

  },
};

/** Sections run in this order; append new ones (tracker, store, ...) here. */
// The tracker with 10,000 saved postings (scripts/bench-tracker.ts): list, filter, search.
const trackerSection: BenchSection = {
  name: 'tracker',
  run: async () => {
    const { benchTracker } = await import('./bench-tracker');
    await benchTracker();
  },
};

const SECTIONS: BenchSection[] = [analyzeSection, trackerSection];

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const s of SECTIONS) {
  if (only.length && !only.includes(s.name)) continue;
  console.log(`\n=== ${s.name} ===\n`);
  await s.run();
}
