/**
 * Size budgets of the built extension (tests/budgets/budgets.json), run by `npm test` after the
 * builds: the content script (and no compromise inside it), the background, each page's
 * initial JavaScript, the on-demand resume readers and the whole build. A regression fails with
 * what grew and by how much. The extractor's accuracy floors are checked separately
 * (`tsx scripts/eval.ts --check`, also in scripts/test-all.sh).
 *
 *   npx tsx scripts/check-budgets.ts [target ...]     # default: every target in .output
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDir, entries, entryGraph, hasBuild, listFiles, read, ROOT, size, TARGETS } from '../tests/budgets/build';
import { COMPROMISE_SIGNATURES } from '../tests/budgets/scan';

export interface Budget {
  name: string;
  entry: string;
  part: 'initial' | 'lazy' | 'total';
  baseline: number;
  budget: number;
  why: string;
}

export const BUDGETS_FILE = path.join(ROOT, 'tests/budgets/budgets.json');
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${kb(Math.abs(n))}`;

/** Check builds (folders with a manifest.json) against budgets; returns the report lines and the failures. */
export function checkBudgets(dirs: Record<string, string>, budgets: Budget[]): { lines: string[]; failures: string[] } {
  const lines: string[] = [];
  const failures: string[] = [];
  for (const [target, dir] of Object.entries(dirs)) {
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      failures.push(`${target}: no build in ${path.relative(ROOT, dir) || dir} (run the build first)`);
      continue;
    }
    const all = entries(dir);
    lines.push('', target);
    for (const b of budgets) {
      let files: string[];
      if (b.part === 'total') {
        files = listFiles(dir);
      } else {
        const file = all[b.entry];
        if (!file) {
          failures.push(`${target}: no "${b.entry}" entry in the manifest (budget "${b.name}")`);
          continue;
        }
        files = entryGraph(dir, file)[b.part];
      }
      const bytes = files.reduce((n, f) => n + size(dir, f), 0);
      const over = bytes - b.budget;
      lines.push(`  ${over > 0 ? '✗' : '✓'} ${b.name.padEnd(26)} ${kb(bytes).padStart(10)} of ${kb(b.budget).padStart(10)}  (${signed(bytes - b.baseline)} since the baseline)`);
      if (over > 0) {
        const biggest = files
          .map((f) => ({ f, n: size(dir, f) }))
          .sort((a, z) => z.n - a.n)
          .slice(0, 3)
          .map(({ f, n }) => `${f} ${kb(n)}`)
          .join(', ');
        failures.push(
          `${target}: ${b.name} grew to ${kb(bytes)}, ${kb(over)} over its ${kb(b.budget)} budget (${signed(bytes - b.baseline)} since the ${kb(b.baseline)} baseline; ${b.why}). Largest files: ${biggest}. Shrink it, load the new code lazily, or raise the budget in tests/budgets/budgets.json on purpose.`,
        );
      }
    }
    // The content script must never carry the NLP library (DESIGN.md: no compromise inside).
    const cs = all['content script'];
    if (cs) {
      const code = entryGraph(dir, cs).initial.map((f) => read(dir, f)).join('\n');
      const found = COMPROMISE_SIGNATURES.filter((s) => code.includes(s));
      if (found.length) failures.push(`${target}: compromise is in the content script (found ${found.map((s) => `"${s}"`).join(', ')}): import lib/extract only from the background`);
      else lines.push(`  ✓ no compromise in the content script (${COMPROMISE_SIGNATURES.length} signatures)`);
    }
  }
  return { lines, failures };
}

function main(): void {
  const { budgets } = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as { budgets: Budget[] };
  const asked = process.argv.slice(2);
  const targets = asked.length ? asked : TARGETS.filter(hasBuild);
  const { lines, failures } = checkBudgets(Object.fromEntries(targets.map((t) => [t, buildDir(t)])), budgets);
  if (!targets.length) failures.push('no build in .output: run `npx wxt build` (and `-b firefox`) first');
  console.log(lines.join('\n'));
  if (failures.length) {
    console.error(`\nBudget check failed:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nAll budgets hold.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
