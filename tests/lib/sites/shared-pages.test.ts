/**
 * The real saved pages in ../shared/fixtures/html, read in place (never copied into the repo):
 * the LinkedIn guest page, the Indeed AU page (DOM + JSON-LD) and the schema.org JobPosting
 * examples in their JSON-LD, microdata, RDFa and plain-markup forms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPosting } from '@/lib/sites';
import jsonLd from '@/lib/sites/json-ld';
import { checkMap, SHARED_HTML, shared } from './helpers';

const heads = (p: { text: string; headings: { start: number; end: number }[] }) => p.headings.map((h) => p.text.slice(h.start, h.end));

/** The shared material sits beside the repo (../shared); a bare clone skips these, visibly. */
const HAVE_SHARED = existsSync(SHARED_HTML);

describe.skipIf(!HAVE_SHARED)('real saved pages (../shared/fixtures/html)', () => {
  it('LinkedIn guest page: Heidi', () => {
    const f = shared('linkedin-guest-heidi.html');
    if (!f) return;
    const url = new URL('https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124');
    const p = readPosting(f.doc, url)!;
    expect(p, 'the LinkedIn adapter should read the guest page').not.toBeNull();
    expect(p.site).toBe('linkedin');
    expect(p.title).toBe('Senior Software Engineer - Developer Experience');
    expect(p.company).toBe('Heidi');
    expect(p.location).toBe('Melbourne, Victoria, Australia');
    expect(p.postingId).toBe('4411867124');
    expect(p.canonicalUrl).toBe('https://www.linkedin.com/jobs/view/4411867124/');
    expect(p.text).toContain('Healthcare needs a better rhythm');
    expect(p.text).toContain('• Experience building CI/CD, gitOps, monorepo');
    expect(p.text).not.toMatch(/Similar jobs|Show more|Show less|Report this job|Seniority level|196 applicants/);
    expect(p.missing).toEqual([]);
    expect(heads(p)).toEqual(['Who We Are', 'What You’ll Do', 'What We’re Looking For', 'Nice to Have', 'The way we work', 'Why you will flourish with us']);
    checkMap(p.text, p.map!);
  });

  it('Indeed AU: PaperCut (DOM adapter, JSON-LD present)', () => {
    const f = shared('indeed-au-papercut.html');
    if (!f) return;
    const p = readPosting(f.doc, new URL('https://au.indeed.com/viewjob?jk=54f1f8af68d722d2'))!;
    expect(p.site).toBe('indeed');
    expect([p.title, p.company, p.location, p.postingId]).toEqual(['Senior DevOps Engineer', 'PaperCut Software', 'Camberwell VIC 3124', '54f1f8af68d722d2']);
    expect(p.canonicalUrl).toBe('https://au.indeed.com/viewjob?jk=54f1f8af68d722d2');
    expect(p.text).toContain('• Senior Technical Depth: Extensive hands-on experience in at least one of the major cloud providers (GCP, AWS, Azure)');
    expect(p.text).not.toMatch(/Indeed|Sign in|Apply now\n|Report job/);
    expect(heads(p)).toEqual(expect.arrayContaining(['What You\'ll Actually Do', 'What You Bring to the Table', 'Why Join PaperCut?']));
    checkMap(p.text, p.map!);
  });

  it('Indeed AU through JSON-LD alone finds the visible block and uses its map', () => {
    const f = shared('indeed-au-papercut.html');
    if (!f) return;
    const dom = readPosting(f.doc, new URL('https://au.indeed.com/viewjob?jk=54f1f8af68d722d2'))!;
    const ld = jsonLd.read(f.doc, new URL('https://au.indeed.com/viewjob?jk=54f1f8af68d722d2'))!;
    expect([ld.title, ld.company, ld.location]).toEqual(['Senior DevOps Engineer', 'PaperCut Software', 'Camberwell, VIC, AU']);
    expect(ld.map, 'the JSON-LD description is on the page: its block should be found').not.toBeNull();
    expect(ld.text).toBe(dom.text);
  });
});

interface Entry { file: string; example: string; section: 'JSON' | 'MICRODATA' | 'RDFA' | 'PRE-MARKUP' }
const manifestPath = join(SHARED_HTML, 'schemaorg/manifest.json');
const manifest: Entry[] = (() => {
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as Entry[];
  } catch {
    return [];
  }
})();

describe.skipIf(!HAVE_SHARED)('schema.org JobPosting examples', () => {
  const url = new URL('https://www.example.com/jobs/1');

  it.each(manifest.filter((m) => m.section === 'JSON'))('$file: JSON-LD gives at least a title, never throws', (m) => {
    const p = readPosting(shared(m.file)!.doc, url)!;
    expect(p, `${m.file} has a JobPosting`).not.toBeNull();
    expect(p.site).toBe('json-ld');
    expect(p.title).toBeTruthy();
    expect(p.text).not.toMatch(/[<>]/);
  });

  it.each(manifest.filter((m) => m.section !== 'JSON'))('$file: never throws', (m) => {
    expect(() => readPosting(shared(m.file)!.doc, url, { generic: true })).not.toThrow();
  });

  it.each(['eg-0028', 'eg-noid'])('%s in all four forms', (eg) => {
    if (!manifest.length) return;
    const read = (form: string, generic = false) => readPosting(shared(`schemaorg/${eg}_${form}.html`)!.doc, url, { generic })!;
    const json = read('json');
    expect([json.title, json.location]).toEqual(['Software Engineer', 'Kirkland, WA']);
    expect(json.text).toContain('ABC Company Inc. seeks a full-time mid-level software engineer');
    expect(json.text).toContain('Skills\nWeb application development using Java/J2EE');
    expect(json.text).toContain('Experience requirements\nMinumum 3 years experience as a software engineer');
    expect(json.map).toBeNull();
    for (const form of ['microdata', 'rdfa']) {
      const p = read(form);
      expect([p.site, p.title, p.company, p.location], form).toEqual(['json-ld', 'Software Engineer', 'ABC Company Inc.', 'Kirkland, WA']);
      expect(p.text).toContain('• Web application development using Python');
      checkMap(p.text, p.map!);
    }
    const plain = read('premarkup', true);
    expect(plain.site).toBe('generic');
    expect(plain.title).toBe('Software Engineer');
    expect(plain.text).toContain('Minumum 3 years experience as a software engineer');
  });

  it('remote postings read applicantLocationRequirements', () => {
    const p = readPosting(shared('schemaorg/eg-0268_json.html')!.doc, url)!;
    expect(p.location).toMatch(/USA|United States/);
  });
});
