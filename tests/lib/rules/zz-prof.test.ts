import { it } from 'vitest';
import { RULES } from '@/lib/rules';
import { buildContext } from '/work/main/tests/lib/rules/context';
it('prof', () => {
  for (const chunk of ['You will be on-call. ']) {
    const text = `Senior Backend Engineer\n${(chunk+'\n').repeat(Math.ceil(200_000 / chunk.length)).slice(0, 200_000)}`;
    const ctx = buildContext(text);
    for (const r of RULES) { const t0 = performance.now(); r.check(ctx); console.log(chunk, r.id, (performance.now() - t0).toFixed(1)); }
  }
});
