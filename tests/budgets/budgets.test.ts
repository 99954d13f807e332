/**
 * scripts/check-budgets.ts on small fake builds: a regression names what grew and by how much,
 * compromise in the content script is caught, and the budgets file is well formed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGETS_FILE, checkBudgets, type Budget } from '../../scripts/check-budgets';

const work = mkdtempSync(path.join(tmpdir(), 'jdl-budgets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A minimal MV3 build: a content script of `csBytes`, a popup page with one chunk. */
function fakeBuild(name: string, csBytes: number, csExtra = ''): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'content-scripts'), { recursive: true });
  mkdirSync(path.join(dir, 'chunks'), { recursive: true });
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      background: { service_worker: 'background.js' },
      action: { default_popup: 'popup.html' },
      content_scripts: [{ matches: ['https://jobs.lever.co/*'], js: ['content-scripts/content.js'] }],
    }),
  );
  writeFileSync(path.join(dir, 'background.js'), 'x'.repeat(1000));
  writeFileSync(path.join(dir, 'content-scripts/content.js'), csExtra + 'y'.repeat(csBytes - csExtra.length));
  writeFileSync(path.join(dir, 'popup.html'), '<script type="module" src="/chunks/popup-1.js"></script>');
  writeFileSync(path.join(dir, 'chunks/popup-1.js'), 'import{a}from"./shared-2.js";' + 'p'.repeat(100));
  writeFileSync(path.join(dir, 'chunks/shared-2.js'), 's'.repeat(400));
  return dir;
}

const BUDGETS: Budget[] = [
  { name: 'content script', entry: 'content script', part: 'initial', baseline: 5000, budget: 6000, why: 'runs on every page' },
  { name: 'popup', entry: 'popup', part: 'initial', baseline: 500, budget: 600, why: 'opens on every click' },
];

describe('check-budgets', () => {
  it('passes a build within budget and counts a page with its imports', () => {
    const { lines, failures } = checkBudgets({ ok: fakeBuild('ok', 5000) }, BUDGETS);
    expect(failures).toEqual([]);
    expect(lines.join('\n')).toMatch(/popup\s+0\.5 kB of\s+0\.6 kB/); // 129 + 400 bytes: popup chunk + its import
  });

  it('names what grew and by how much', () => {
    const { failures } = checkBudgets({ big: fakeBuild('big', 7500) }, BUDGETS);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('big: content script grew to 7.5 kB, 1.5 kB over its 6.0 kB budget (+2.5 kB since the 5.0 kB baseline');
    expect(failures[0]).toContain('content-scripts/content.js 7.5 kB');
  });

  it('catches compromise in the content script', () => {
    const { failures } = checkBudgets({ nlp: fakeBuild('nlp', 5000, 'throw new Error("compromise: Invalid tag")') }, BUDGETS);
    expect(failures.join('\n')).toMatch(/compromise is in the content script/);
  });

  it('fails on a missing build', () => {
    expect(checkBudgets({ none: path.join(work, 'none') }, BUDGETS).failures[0]).toMatch(/no build/);
  });

  it('has a budget above each baseline, with a reason', () => {
    const { budgets } = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as { budgets: Budget[] };
    expect(budgets.length).toBeGreaterThan(5);
    for (const b of budgets) {
      expect(b.budget, b.name).toBeGreaterThan(b.baseline);
      expect(b.why.length, b.name).toBeGreaterThan(10);
    }
    expect(budgets.find((b) => b.entry === 'content script')!.budget, 'content script ≤ 120 kB').toBeLessThanOrEqual(120_000);
  });
});
