// @vitest-environment happy-dom
/**
 * Fuzzing lib/sites: readPosting and readGeneric on 1,500 seeded random documents built from
 * the adapters' own selectors (so the site readers engage), hidden and inert markup, and random
 * or malformed JSON-LD, at every adapter's example URLs. No reader throws (readPosting catches
 * and logs; the log is watched), the page is never changed, and every result holds together:
 * the text maps back to its text nodes exactly, headings lie within the text, the canonical
 * URL is http(s).
 *
 * Reproduce a failure: FUZZ_SEED=<seed> FUZZ_CASE=<n> npx vitest run tests/fuzz/sites
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADAPTERS, readGeneric, readPosting, type PostingPage } from '@/lib/sites';
import * as ashby from '@/lib/sites/ashby';
import * as greenhouse from '@/lib/sites/greenhouse';
import * as indeed from '@/lib/sites/indeed';
import * as lever from '@/lib/sites/lever';
import * as linkedin from '@/lib/sites/linkedin';
import * as smartrecruiters from '@/lib/sites/smartrecruiters';
import * as wellfound from '@/lib/sites/wellfound';
import * as workday from '@/lib/sites/workday';
import { GENERATOR_NAMES, GENERATORS, int, pick, prng, type Rng } from './gen';

const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const ONLY = process.env.FUZZ_CASE != null ? Number(process.env.FUZZ_CASE) : null;
const CASES = Number(process.env.FUZZ_DOM_CASES ?? 1_500);
const CHUNK = 500;

/** Every simple selector the adapters use ("h1.job-title", "#job-details a", "[data-qa=x]"). */
const SELECTORS: string[] = [ashby, greenhouse, indeed, lever, linkedin, smartrecruiters, wellfound, workday]
  .flatMap((m) => Object.values((m as { SELECTORS: Record<string, { selector: string }[]> }).SELECTORS).flat())
  .flatMap((s) => s.selector.split(','))
  .map((s) => s.trim())
  .filter(Boolean);
const URLS = [...ADAPTERS.flatMap((a) => a.examples), 'https://careers.example.org/jobs/42', 'https://example.com/', 'http://localhost/x'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Nested elements that match a selector: "div.a #b" -> <div class="a"><div id="b">…</div></div>. */
function elementsFor(selector: string, inner: string): string {
  const parts = selector.split(/\s*>\s*|\s+/).filter(Boolean);
  let html = inner;
  for (const part of parts.reverse()) {
    const tag = /^[a-z][a-z0-9-]*/i.exec(part)?.[0] ?? 'div';
    const classes = [...part.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
    const id = /#([\w-]+)/.exec(part)?.[1];
    const attrs = [...part.matchAll(/\[([\w-]+)(?:[*^$|~]?=["']?([^"'\]]*)["']?)?\]/g)].map(([, k, v]) => (k === 'class' ? (classes.push(v ?? 'x'), '') : ` ${k}="${esc(v ?? '')}"`));
    const open = `<${tag}${classes.length ? ` class="${classes.join(' ')}"` : ''}${id ? ` id="${id}"` : ''}${attrs.join('')}>`;
    html = ['img', 'meta', 'br', 'input'].includes(tag) ? open + html : `${open}${html}</${tag}>`;
  }
  return html;
}

/** A random JSON-LD block: a JobPosting with fields of any type, a @graph, or broken JSON. */
function jsonLd(r: Rng, text: (n: number) => string): string {
  const any = (depth: number): unknown => {
    const k = r();
    if (depth > 2 || k < 0.35) return text(int(r, 0, 80));
    if (k < 0.45) return int(r, -1e6, 1e12);
    if (k < 0.5) return pick(r, [null, true, false, [], {}]);
    if (k < 0.65) return `<p>${text(40)}</p><script>globalThis.__jdlPwned=1</script><img src=x onerror="globalThis.__jdlPwned=2">`;
    if (k < 0.8) return Array.from({ length: int(r, 0, 3) }, () => any(depth + 1));
    return { '@type': pick(r, ['Organization', 'Place', 'PostalAddress', 'MonetaryAmount']), name: any(depth + 1), value: any(depth + 1) };
  };
  const posting: Record<string, unknown> = { '@context': 'https://schema.org', '@type': pick(r, ['JobPosting', ['JobPosting'], 'jobposting', 'Thing']) };
  for (const key of ['title', 'description', 'hiringOrganization', 'jobLocation', 'identifier', 'url', 'baseSalary', 'datePosted', 'employmentType']) if (r() < 0.7) posting[key] = any(0);
  if (r() < 0.3) posting.url = pick(r, ['javascript:globalThis.__jdlPwned=3', 'https://jobs.example/1', '//x', 'data:text/html,x', '']);
  let json = JSON.stringify(r() < 0.2 ? { '@graph': [posting, { '@type': 'WebPage' }] } : r() < 0.1 ? [posting] : posting);
  if (r() < 0.15) json = json.slice(0, int(r, 0, json.length)); // truncated
  return `<script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script>`;
}

/** Document `i`: adapter-shaped blocks with random text, inert and hidden noise, JSON-LD. */
function makeDoc(i: number): { html: string; url: string } {
  const r = prng((SEED ^ Math.imul(i + 7, 0x85ebca6b)) >>> 0);
  const text = (n: number) => esc(GENERATORS[pick(r, GENERATOR_NAMES)]!(r, n));
  const blocks: string[] = [];
  const block = (depth: number): string => {
    const k = r();
    if (depth > 4 || k < 0.3) return text(int(r, 0, 200));
    if (k < 0.55) return elementsFor(pick(r, SELECTORS), Array.from({ length: int(r, 1, 4) }, () => block(depth + 1)).join(''));
    if (k < 0.65) return `<ul>${Array.from({ length: int(r, 1, 6) }, () => `<li>${block(depth + 1)}</li>`).join('')}</ul>`;
    if (k < 0.72) return `<h${int(r, 1, 6)}>${text(40)}</h${int(r, 1, 6)}>`;
    if (k < 0.78) return `<p><b>${text(30)}</b><br>${block(depth + 1)}</p>`;
    return pick(r, [
      `<script>globalThis.__jdlPwned = 'script'</script>`,
      `<style>.x{display:none}</style>`,
      `<template><p>${text(30)}</p></template>`,
      `<div hidden>${text(40)}</div>`,
      `<div style="display:none">${text(40)}</div>`,
      `<span aria-hidden="true">${text(20)}</span>`,
      `<noscript>${text(20)}</noscript>`,
      `<iframe srcdoc="&lt;p&gt;x"></iframe>`,
      `<svg><text>${text(10)}</text></svg>`,
      `<img src="x" alt="${text(10)}">`,
      `<textarea>${text(30)}</textarea>`,
      `<select><option>${text(10)}</option></select>`,
      `<pre>${text(100)}</pre>`,
      `<table><tr><td>${text(20)}</td><td>${block(depth + 1)}</td></tr></table>`,
    ]);
  };
  for (let n = int(r, 1, 8); n > 0; n--) blocks.push(block(0));
  const head = [
    `<title>${text(60)}</title>`,
    r() < 0.4 ? `<link rel="canonical" href="${esc(pick(r, ['javascript:x', 'https://example.com/c', '/rel/path', 'not a url', '']))}">` : '',
    r() < 0.3 ? `<meta property="og:title" content="${text(30)}">` : '',
    r() < 0.6 ? jsonLd(r, text) : '',
    r() < 0.2 ? `<script type="application/ld+json">{not json</script>` : '',
  ].join('');
  return { html: `<!doctype html><html><head>${head}</head><body>${blocks.join('')}</body></html>`, url: pick(r, URLS) };
}

/** Everything wrong with one reading. */
function problems(p: PostingPage): string[] {
  const out: string[] = [];
  if (typeof p.text !== 'string') return ['text is not a string'];
  for (const k of ['title', 'company', 'location', 'postingId', 'canonicalUrl', 'url'] as const) {
    const v = (p as unknown as Record<string, unknown>)[k];
    if (v != null && typeof v !== 'string') out.push(`${k} is ${typeof v}`);
  }
  if (p.canonicalUrl && !/^https?:\/\//.test(p.canonicalUrl)) out.push(`canonicalUrl ${p.canonicalUrl}`);
  for (const h of p.headings ?? []) if (!(h.start >= 0 && h.end <= p.text.length && h.start < h.end)) out.push(`heading ${h.start}-${h.end} outside the text (${p.text.length})`);
  if (p.map) {
    let pos = 0;
    let synthetic = '';
    for (const s of p.map.segments) {
      if (s.start < pos || s.end <= s.start) out.push(`segment ${s.start}-${s.end} out of order`);
      synthetic += p.text.slice(pos, s.start);
      const want = s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start));
      if (p.text.slice(s.start, s.end) !== want) out.push(`segment ${s.start}-${s.end} is not its text node's ${JSON.stringify(want.slice(0, 40))}`);
      pos = s.end;
    }
    synthetic += p.text.slice(pos);
    if (!/^[\n •]*$/.test(synthetic)) out.push(`synthetic characters ${JSON.stringify(synthetic.slice(0, 40))}`);
  }
  return out;
}

const g = globalThis as { __jdlPwned?: unknown };
afterEach(() => {
  delete g.__jdlPwned;
});

describe(`readPosting on ${ONLY ?? CASES} seeded random documents (seed ${SEED})`, () => {
  const chunks: [number, number][] = ONLY != null ? [[ONLY, ONLY + 1]] : Array.from({ length: Math.ceil(CASES / CHUNK) }, (_, k) => [k * CHUNK, Math.min(CASES, (k + 1) * CHUNK)]);
  for (const [from, to] of chunks) {
    it(`documents ${from}-${to - 1}: no reader throws, the page is unchanged, results hold together`, { timeout: 120_000 }, () => {
      const logged: unknown[] = [];
      vi.spyOn(console, 'debug').mockImplementation((...args: unknown[]) => void logged.push(args));
      const failures: string[] = [];
      let found = 0;
      const sites = new Map<string, number>();
      for (let i = from; i < to; i++) {
        const { html, url } = makeDoc(i);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const before = doc.documentElement.outerHTML;
        const u = new URL(url);
        logged.length = 0;
        const issues: string[] = [];
        for (const [name, read] of [
          ['readPosting', () => readPosting(doc, u)],
          ['readPosting(generic)', () => readPosting(doc, u, { generic: true })],
          ['readGeneric', () => readGeneric(doc, u)],
        ] as const) {
          let p: PostingPage | null = null;
          try {
            p = read();
          } catch (e) {
            issues.push(`${name} threw ${String(e)}`);
          }
          if (p?.text) {
            found++;
            sites.set(p.site, (sites.get(p.site) ?? 0) + 1);
          }
          if (p) issues.push(...problems(p).map((x) => `${name}: ${x}`));
        }
        if (logged.length) issues.push(`a reader failed inside (caught): ${logged.map((l) => String((l as unknown[])[1])).join('; ').slice(0, 300)}`);
        if (doc.documentElement.outerHTML !== before) issues.push('the document changed');
        if (g.__jdlPwned !== undefined) issues.push(`a payload ran (${String(g.__jdlPwned)})`);
        if (issues.length) failures.push(`document ${i} (FUZZ_SEED=${SEED} FUZZ_CASE=${i}) at ${url}:\n    ${issues.slice(0, 5).join('\n    ')}`);
      }
      console.log(`[fuzz] documents ${from}-${to - 1}: postings read by ${[...sites].map(([k, n]) => `${k} ${n}`).join(', ')}`);
      expect(failures.length, `${failures.length} failing documents:\n${failures.slice(0, 10).join('\n')}`).toBe(0);
      // The generator must reach the readers, or this test proves nothing.
      expect(found, 'documents read as a posting').toBeGreaterThan((to - from) / 4);
    });
  }
});
