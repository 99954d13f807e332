// @vitest-environment happy-dom
/**
 * Hostile pages: markup and script payloads in titles, companies, descriptions and JSON-LD
 * come back as plain text; nothing runs and nothing is inserted into the live document.
 * Runs under happy-dom so DOMParser is the environment's own, as in a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPosting } from '@/lib/sites';
import { collectText } from '@/lib/sites/collect';
import { checkMap, PAGES } from './helpers';

const g = globalThis as { __jdlPwned?: unknown };
const load = (file: string) => new DOMParser().parseFromString(readFileSync(join(PAGES, 'hostile', file), 'utf8'), 'text/html');

afterEach(() => {
  delete g.__jdlPwned;
});

describe('hostile fixtures', () => {
  it('JSON-LD payloads become plain text and run nothing', async () => {
    const doc = load('json-ld-payload.html');
    const before = doc.documentElement.outerHTML;
    const live = document.documentElement.outerHTML;
    const p = readPosting(doc, new URL('https://jobs.hostile.example/posting/1'), { generic: true })!;
    await new Promise((r) => setTimeout(r, 20)); // let any error/load handler fire, if one could
    expect(g.__jdlPwned, 'a payload ran').toBeUndefined();
    expect([p.site, p.title, p.company, p.location, p.postingId]).toEqual(['json-ld', 'Payload Engineer', 'Evil & Co', 'Springfield', 'H-1']);
    expect(p.text).toBe("Real text: we need Python and SQL.\n<script>alert('escaped')</script> stays literal text.\nRequirements: 3+ years.");
    expect(p.map, 'the description is not on the page').toBeNull();
    expect(doc.documentElement.outerHTML, 'the page must not change').toBe(before);
    expect(document.documentElement.outerHTML, 'nothing may be inserted into the live document').toBe(live);
  });

  it('DOM payloads: only visible text, markup-looking text stays text', () => {
    const doc = load('dom-payload.html');
    const before = doc.documentElement.outerHTML;
    const p = readPosting(doc, new URL('https://www.linkedin.com/jobs/view/3999999999/'))!;
    expect(p.title).toBe('<script>alert(1)</script> Engineer');
    expect(p.company).toBe('Acme <b>Bold</b> Corp');
    expect(p.text).toBe('Visible line one with Rust.\nVisible line two.');
    checkMap(p.text, p.map!);
    expect(g.__jdlPwned).toBeUndefined();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('collectText on the live happy-dom document skips the same things', () => {
    document.body.innerHTML = '<div id="d"><p>One</p><script>globalThis.__jdlPwned = 1</script><div hidden>No</div><p>Two</p></div>';
    const col = collectText(document.getElementById('d')!);
    expect(col.text).toBe('One\nTwo');
    expect(g.__jdlPwned).toBeUndefined();
  });
});
