/** Test helpers: parse saved pages with linkedom, read the shared fixtures from ../shared. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { TextMap } from '@/lib/sites/collect';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '../../..');
export const PAGES = join(REPO, 'tests/fixtures/pages');
export const SHARED_HTML = resolve(REPO, '../shared/fixtures/html');

/** A linkedom Document for an HTML string. */
export function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A fixture page under tests/fixtures/pages/<dir>/<file>. */
export function page(dir: string, file: string): { html: string; doc: Document } {
  const html = readFileSync(join(PAGES, dir, file), 'utf8');
  return { html, doc: docOf(html) };
}

/** A saved real page from ../shared/fixtures/html (never copied into the repo). */
export function shared(file: string): { html: string; doc: Document } | null {
  const p = join(SHARED_HTML, file);
  if (!existsSync(p)) return null;
  const html = readFileSync(p, 'utf8');
  return { html, doc: docOf(html) };
}

export function listDir(p: string): string[] {
  return existsSync(p) ? readdirSync(p) : [];
}

/** Assert the map is exact; returns the synthetic characters for inspection. */
export function checkMap(text: string, map: TextMap): string {
  let pos = 0;
  let synthetic = '';
  for (const s of map.segments) {
    expect(s.start, 'segments must be in text order and not overlap').toBeGreaterThanOrEqual(pos);
    synthetic += text.slice(pos, s.start);
    const want = s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start));
    expect(text.slice(s.start, s.end), 'a segment must be a verbatim slice of its text node').toBe(want);
    expect(s.end).toBeGreaterThan(s.start);
    pos = s.end;
  }
  synthetic += text.slice(pos);
  expect(synthetic, 'only separators may be synthetic').toMatch(/^[\n •]*$/);
  return synthetic;
}

