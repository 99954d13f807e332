/**
 * Ashby: jobs.ashbyhq.com/<company>/<uuid>. CSS-module hashes change between deploys, so
 * only the stable "ashby-job-posting-*" class names and partial [class*=] matches are used
 * (h1b-scout extractors/ashby.js, 2026-05-20). Ashby pages also embed JSON-LD.
 */
import { buildPage } from './page';
import { first, firstText, fromSlug, pathParts, textOf, type Sel } from './select';
import { ldCompany } from './schema-org';
import type { SiteAdapter } from './types';

const H1B = 'vamsi2577/h1b-scout extractors/ashby.js';

/** Dated selector alternatives, newest first (tests/lib/sites/selectors.test.ts checks the dates). */
export const SELECTORS = {
  title: [
    { selector: 'h1[class*="ashby-job-posting-heading"]', seen: '2026-05', source: `${H1B} ("stable Ashby semantic class")` },
    { selector: '.ashby-job-posting-right-pane h1', seen: '2026-05', source: H1B },
  ],
  company: [{ selector: '.ashby-job-posting-company-name', seen: '2026-05', source: 'sites.md §5.3 (also seen)' }],
  description: [
    { selector: '.ashby-job-posting-right-pane [class*="descriptionText"]', seen: '2026-05', source: `${H1B} ("partial match is stable")` },
    { selector: '[class*="descriptionText"]', seen: '2026-05', source: H1B },
  ],
  leftPane: [{ selector: '.ashby-job-posting-left-pane', seen: '2026-05', source: H1B }],
} satisfies Record<string, Sel[]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The value under the left pane's "Location" heading. */
function leftPaneValue(doc: Document, label: RegExp): string | null {
  const pane = first(doc, SELECTORS.leftPane);
  const head = Array.from(pane?.querySelectorAll('h2, h3, dt') ?? []).find((h) => label.test(textOf(h) ?? ''));
  return textOf(head?.nextElementSibling);
}

export const ashby: SiteAdapter = {
  id: 'ashby',
  examples: [
    'https://jobs.ashbyhq.com/wingtip/6c1f3a2b-8d9e-4f0a-b1c2-d3e4f5a6b7c8',
    'https://jobs.ashbyhq.com/Northwind%20Traders/0b9a8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d/application',
  ],
  matches: (url) => url.hostname === 'jobs.ashbyhq.com' && UUID.test(pathParts(url)[1] ?? ''),
  read(doc, url) {
    const [slug, id] = pathParts(url);
    return buildPage(
      'ashby',
      url,
      {
        title: textOf(first(doc, SELECTORS.title)),
        company: firstText(doc, SELECTORS.company) ?? ldCompany(doc),
        location: leftPaneValue(doc, /^location$/i),
        postingId: id ?? null,
        canonicalUrl: `https://jobs.ashbyhq.com/${slug}/${id}`,
        fromUrl: { company: fromSlug(slug) },
      },
      [first(doc, SELECTORS.description)].filter((e): e is Element => !!e),
      ['title', 'company', 'location', 'text'],
    );
  },
};
export default ashby;
