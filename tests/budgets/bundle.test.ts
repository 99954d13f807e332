/**
 * Privacy and security, statically, on the built extension (.output/*; `npm test` builds first):
 * no network or eval call site in any extension context outside a short list of known library
 * internals (tests/budgets/scan.ts), none at all in the background, content script, popup,
 * side panel and tracker; host access only on the known boards, <all_urls> only optional; and
 * no HTML-string rendering in the sources.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOARD_MATCHES } from '@/lib/sites/matches';
import { buildDir, entries, entryGraph, hasBuild, listFiles, manifest, read, ROOT, TARGETS, type Target } from './build';
import { COMPROMISE_SIGNATURES, KNOWN_INTERNALS, scan, type Hit } from './scan';

const built = TARGETS.filter(hasBuild);
const missing = TARGETS.filter((t) => !hasBuild(t));
if (missing.length) {
  const hint = `no build in .output/${missing.join(', .output/')}: run \`npx wxt build\`, \`npx wxt build -b firefox\`, \`npx wxt build -b firefox --mv3\``;
  // `npm test` (scripts/test-all.sh) builds every target first and sets JDL_REQUIRE_BUILD.
  if (process.env.JDL_REQUIRE_BUILD) throw new Error(hint);
  console.warn(`[budgets] skipping ${missing.join(', ')}: ${hint}`);
}

const describeHit = (h: Hit) => `${h.file}: ${h.sink.id} in …${h.context.slice(140, 340).replace(/\s+/g, ' ')}…`;
const hitsByTarget = new Map<Target, Hit[]>(built.map((t) => [t, scan(buildDir(t))]));

/** Extension contexts that must load no library with a network or eval sink. */
const CLEAN = ['background', 'content script', 'popup', 'side panel', 'tracker'];
/** API permissions that would widen what JD Lens can see or reach; none is needed. */
const BROAD = [
  'tabs', 'webRequest', 'webRequestBlocking', 'declarativeNetRequest', 'declarativeNetRequestWithHostAccess', 'cookies', 'history',
  'bookmarks', 'downloads', 'management', 'debugger', 'nativeMessaging', 'clipboardRead', 'geolocation', 'identity', 'proxy',
  'privacy', 'browsingData', 'topSites', 'pageCapture', 'tabCapture', 'desktopCapture', 'webNavigation', 'unsafe-eval',
];
const ALL_HOSTS = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];
const isHost = (p: string) => p.includes('://') || p === '<all_urls>';

describe.each(built)('%s build', (target) => {
  const dir = buildDir(target);
  const hits = hitsByTarget.get(target)!;

  it('has no network or eval call site except known library internals', () => {
    const unknown = hits.filter((h) => !h.known).map(describeHit);
    expect(unknown, 'a new fetch/XHR/WebSocket/sendBeacon/eval/Function call site: remove it, or if it is a library internal that never runs with page data or reaches the network, add it to KNOWN_INTERNALS in tests/budgets/scan.ts with the reason').toEqual([]);
  });

  it('loads no sink in the background, content script, popup, side panel and tracker (only the modulepreload polyfill)', () => {
    const all = entries(dir);
    expect(Object.keys(all)).toEqual(expect.arrayContaining([...CLEAN, 'options']));
    const bad: string[] = [];
    for (const name of CLEAN) {
      const graph = entryGraph(dir, all[name]!);
      const files = new Set([...graph.initial, ...graph.lazy]);
      for (const h of hits) if (files.has(h.file) && h.known?.id !== 'vite-modulepreload-polyfill') bad.push(`${name}: ${describeHit(h)}`);
    }
    // The options page loads pdf.js and mammoth (resume import) only on demand.
    const options = entryGraph(dir, all.options!);
    for (const h of hits) if (options.initial.includes(h.file) && h.known?.id !== 'vite-modulepreload-polyfill') bad.push(`options (initial): ${describeHit(h)}`);
    expect(bad, 'these contexts must stay free of network and eval sinks; load such a library lazily, from the options page only').toEqual([]);
  });

  it('references the pdf.js worker from the options page only (resume import)', () => {
    const all = entries(dir);
    const options = entryGraph(dir, all.options!);
    const allowed = new Set([...options.initial, ...options.lazy]);
    const referrers = listFiles(dir).filter((f) => /\.(m?js|html)$/.test(f) && !f.startsWith('assets/pdf.worker') && /pdf\.worker/.test(read(dir, f)));
    expect(referrers.length, 'the worker should be referenced somewhere (else update this test)').toBeGreaterThan(0);
    expect(referrers.filter((f) => !allowed.has(f))).toEqual([]);
    for (const name of CLEAN) {
      const graph = entryGraph(dir, all[name]!);
      expect([...graph.initial, ...graph.lazy].filter((f) => referrers.includes(f)), `${name} must not load the PDF reader`).toEqual([]);
    }
  });

  it('asks for host access on the known boards only; <all_urls> only as an optional permission', () => {
    const m = manifest(dir);
    const required = [...(m.permissions ?? []), ...(m.host_permissions ?? [])];
    const hosts = required.filter(isHost);
    expect([...hosts].sort(), 'static host permissions must equal lib/sites/matches.ts').toEqual([...BOARD_MATCHES].sort());
    expect(required.filter((p) => BROAD.includes(p) || ALL_HOSTS.includes(p)), 'broad permissions must not be required').toEqual([]);
    const optional = [...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])];
    expect(optional).toContain('<all_urls>');
    for (const cs of m.content_scripts ?? []) expect([...cs.matches].sort(), 'static content scripts only on the boards').toEqual([...BOARD_MATCHES].sort());
    expect(m.web_accessible_resources, 'web-accessible resources let any page detect JD Lens: keep none, or limit `matches` to the boards and update this test').toBeUndefined();
    expect(JSON.stringify(m.content_security_policy ?? ''), 'no unsafe-eval or remote script sources in the CSP').not.toMatch(/unsafe-eval|https?:|wasm-unsafe/);
  });

  it('keeps compromise out of the content script', () => {
    const cs = entries(dir)['content script']!;
    const graph = entryGraph(dir, cs);
    const code = graph.initial.map((f) => read(dir, f)).join('\n');
    const bg = read(dir, entries(dir).background!);
    for (const sig of COMPROMISE_SIGNATURES) {
      expect(bg.includes(sig), `"${sig}" should identify compromise (it is in the background bundle); pick another signature`).toBe(true);
      expect(code.includes(sig), `compromise ("${sig}") leaked into the content script: import lib/extract only from the background`).toBe(false);
    }
  });
});

describe('known library internals', () => {
  it.skipIf(built.length < TARGETS.length)('are each still found in a build (the list stays honest)', () => {
    const used = new Set([...hitsByTarget.values()].flat().map((h) => h.known?.id));
    expect(KNOWN_INTERNALS.map((k) => k.id).filter((id) => !used.has(id)), 'no longer in any build: delete these entries from KNOWN_INTERNALS').toEqual([]);
  });
});

describe('sources', () => {
  it('never render HTML strings (page text is hostile: Preact text only)', () => {
    const offenders: string[] = [];
    const walk = (rel: string) => {
      for (const f of listFiles(path.join(ROOT, rel))) {
        if (!/\.tsx?$/.test(f)) continue;
        const code = readFileSync(path.join(ROOT, rel, f), 'utf8');
        const re = /dangerouslySetInnerHTML|\.innerHTML\s*[+]?=|\.outerHTML\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment|\beval\s*\(|new Function\s*\(/g;
        for (const m of code.matchAll(re)) offenders.push(`${rel}/${f}: ${m[0]}`);
      }
    };
    for (const rel of ['components', 'entrypoints', 'lib']) walk(rel);
    expect(offenders, 'render page-derived strings as text (Preact children, textContent); see DESIGN.md Permissions and privacy').toEqual([]);
  });
});
