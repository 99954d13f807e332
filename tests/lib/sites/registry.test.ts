/**
 * The registry meta-test (STYLE.md: a plain list plus a test that makes forgetting impossible,
 * github-url-detection style): every adapter file is registered under its own id, carries
 * example URLs that it alone claims, and has a fixture directory; every board example is
 * covered by the manifest's match patterns.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from '@/lib/sites';
import { BOARD_MATCHES } from '@/lib/sites/matches';
import { PAGES, REPO, listDir } from './helpers';

/** Files in lib/sites that are helpers, not adapters. */
const NOT_ADAPTERS = new Set(['collect', 'select', 'page', 'types', 'index', 'matches', 'schema-org']);
/** Examples that live off the boards on purpose (company career pages embedding a board). */
const OFF_BOARD = new Set(['https://careers.acmerobotics.example/open-roles/?gh_jid=4567893']);

const files = readdirSync(join(REPO, 'lib/sites'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .filter((f) => !NOT_ADAPTERS.has(f));
const sites = ADAPTERS.filter((a) => !a.fallback);

/** A WebExtension match pattern ("https://*.indeed.com/*") as a test on a URL. */
function covers(pattern: string, url: URL): boolean {
  const m = /^(https?|\*):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && host !== url.hostname) return false;
  const re = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(url.pathname + url.search);
}

describe('adapter registry', () => {
  it('every adapter file is in ADAPTERS under its file name', async () => {
    for (const f of files) {
      const mod = (await import(`@/lib/sites/${f}.ts`)) as { default?: { id: string } };
      expect(mod.default?.id, `lib/sites/${f}.ts must default-export an adapter whose id is '${f}'`).toBe(f);
      expect(ADAPTERS, `add the adapter in lib/sites/${f}.ts to ADAPTERS in lib/sites/index.ts`).toContain(mod.default);
    }
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...files].sort());
  });

  it('fallback adapters come after every site adapter', () => {
    const firstFallback = ADAPTERS.findIndex((a) => a.fallback);
    expect(ADAPTERS.slice(firstFallback).every((a) => a.fallback), 'put json-ld and generic at the end of ADAPTERS').toBe(true);
  });

  describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s', (id, adapter) => {
    it('has at least two example URLs', () => {
      expect(adapter.examples.length, `give ${id} two or more example URLs`).toBeGreaterThanOrEqual(2);
    });

    it.each(adapter.examples)('claims %s, and no other site adapter does', (example) => {
      const url = new URL(example);
      expect(adapter.matches(url), `${id}.matches() rejects its own example ${example}: fix matches() or the example`).toBe(true);
      const others = sites.filter((a) => a !== adapter && a.matches(url)).map((a) => a.id);
      expect(others, `${example} is also claimed by ${others.join(', ')}: tighten their matches()`).toEqual([]);
      if (!adapter.fallback) expect(adapterFor(url)).toBe(adapter);
    });

    it('has a fixture directory with at least one page', () => {
      const pages = listDir(join(PAGES, id)).filter((f) => f.endsWith('.html'));
      expect(pages.length, `add a reconstructed page under tests/fixtures/pages/${id}/`).toBeGreaterThan(0);
    });

    it.skipIf(adapter.fallback)('its board examples are covered by BOARD_MATCHES (the manifest)', () => {
      for (const example of adapter.examples.filter((e) => !OFF_BOARD.has(e))) {
        const url = new URL(example);
        expect(BOARD_MATCHES.some((p) => covers(p, url)), `add a match pattern for ${url.host} to lib/sites/matches.ts`).toBe(true);
      }
    });
  });

  it('no site adapter claims pages that are not postings', () => {
    for (const u of [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/jobs/search/?keywords=rust',
      'https://www.indeed.com/jobs?q=python',
      'https://boards.greenhouse.io/acmerobotics',
      'https://jobs.lever.co/fabrikam',
      'https://resmed.wd3.myworkdayjobs.com/en-US/ResMed_External_Careers',
      'https://jobs.ashbyhq.com/wingtip',
      'https://jobs.smartrecruiters.com/WingtipToys',
      'https://wellfound.com/jobs',
      'https://www.example.com/',
    ]) {
      expect(adapterFor(new URL(u))?.id ?? null, `${u} is not a posting`).toBeNull();
    }
  });
});
