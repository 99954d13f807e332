/**
 * Resume import in a real browser, the way the options page runs it: builds page.ts with Vite
 * (pdfjs worker emitted as an asset, mammoth's browser build) and reads every fixture in
 * Chromium twice: served over http under an MV3-like CSP, and as a page of an unpacked MV3
 * extension (the real CSP, chrome-extension:// URLs, the .mjs worker). Fails if a page
 * requests anything but its own files (no fonts, no CMaps, no network).
 *
 *   npx tsx tests/lib/resume/browser/check.ts      (CHROMIUM=/path/to/chromium to override)
 *
 * Not a Vitest file: it needs a build and a browser, like the e2e suite.
 */
import { execSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';

const here = import.meta.dirname;
const outDir = resolve(here, '../../../../.tmp/resume-browser-check');
await build({ root: here, base: './', publicDir: resolve(here, '../../../fixtures/resumes'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript' };
const server = createServer(async (req, res) => {
  let path = join(outDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (path.endsWith('/')) path += 'index.html';
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const executablePath = process.env.CHROMIUM || execSync('command -v chromium || command -v chromium-browser || true').toString().trim() || undefined;

const cases: [string, string][] = [
  ['resume.pdf', 'text'],
  ['resume-owner-locked.pdf', 'text'],
  ['resume.docx', 'text'],
  ['resume.txt', 'text'],
  ['resume-encrypted.pdf', 'encrypted'],
  ['resume-scan.pdf', 'image-only'],
  ['resume-truncated.pdf', 'broken'],
  ['resume-truncated.docx', 'broken'],
];
let failed = 0;

async function readAll(page: Page, pageUrl: string, where: string) {
  // URL.origin is "null" for chrome-extension:// in Node: compare scheme and host by prefix.
  const own = pageUrl.slice(0, pageUrl.indexOf('/', pageUrl.indexOf('//') + 2) + 1);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(own)) foreign.push(r.url());
  });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.ready === true);
  for (const [name, want] of cases) {
    const got = await page.evaluate((n) => window.readFixture!(n), name);
    const ok = want === 'text' ? got.text?.includes('Jan 2021 – Present') && (got.skills ?? 0) >= 10 : got.code === want;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} [${where}] ${name}: want ${want}, got ${got.code ?? `${got.text?.length} chars, ${got.skills} skills`}`);
  }
  if (foreign.length) {
    failed++;
    console.log(`FAIL [${where}] requests outside the page's origin: ${foreign.join(', ')}`);
  }
}

// 1. An http page with the extension pages' CSP.
const browser = await chromium.launch({ executablePath });
await readAll(await browser.newPage(), `${origin}/`, 'http');
await browser.close();
server.close();

// 2. The same build as an unpacked MV3 extension page, under the browser's own extension CSP.
await writeFile(
  join(outDir, 'manifest.json'),
  JSON.stringify({ manifest_version: 3, name: 'resume import check', version: '0.0.1', background: { service_worker: 'sw.js' } }),
);
await writeFile(join(outDir, 'sw.js'), '// lets the check learn the extension id\n');
const context = await chromium.launchPersistentContext('', {
  executablePath,
  headless: true,
  args: [`--disable-extensions-except=${outDir}`, `--load-extension=${outDir}`, '--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await readAll(await context.newPage(), `chrome-extension://${new URL(worker.url()).host}/index.html`, 'extension');
await context.close();

console.log(failed ? `${failed} failed` : 'all passed');
process.exit(failed ? 1 : 0);
