/**
 * Resume import in a real browser, the way the options page runs it: builds page.ts with Vite
 * (pdfjs worker emitted as an asset, mammoth's browser build), serves it under an MV3-like CSP
 * and reads every fixture in Chromium. Also fails if the page requests anything but its own
 * files (no fonts, no CMaps, no network).
 *
 *   npx tsx tests/lib/resume/browser/check.ts      (CHROMIUM=/path/to/chromium to override)
 *
 * Not a Vitest file: it needs a build and a browser, like the e2e suite.
 */
import { execSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
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
const browser = await chromium.launch({ executablePath });
const page = await browser.newPage();
const foreign: string[] = [];
page.on('request', (r) => {
  if (!r.url().startsWith(origin)) foreign.push(r.url());
});
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`${origin}/`);
await page.waitForFunction(() => window.ready === true);

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
for (const [name, want] of cases) {
  const got = await page.evaluate((n) => window.readFixture!(n), name);
  const ok = want === 'text' ? got.text?.includes('Jan 2021 – Present') && (got.skills ?? 0) >= 10 : got.code === want;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: want ${want}, got ${got.code ?? `${got.text?.length} chars, ${got.skills} skills`}`);
}
if (foreign.length) {
  failed++;
  console.log(`FAIL requests outside the page's origin: ${foreign.join(', ')}`);
}
await browser.close();
server.close();
console.log(failed ? `${failed} failed` : 'all passed');
process.exit(failed ? 1 : 0);
