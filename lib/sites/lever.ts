/**
 * Lever: jobs.lever.co/<company>/<uuid> (and jobs.eu.lever.co). The posting is a run of
 * sections: the opening description, lists with their own <h3> ("What you'll do",
 * "Requirements"), the salary block and the closing text; some postings skip the first and
 * start with the lists (h1b-scout note, 2026-05).
 */
import { buildPage } from './page';
import { all, first, firstText, fromSlug, pathParts, textOf, type Sel } from './select';
import type { SiteAdapter } from './types';

const H1B = 'vamsi2577/h1b-scout extractors/lever.js';
const GREEN = 'Sneruall/greendeed cypress/e2e/JobScraper/lever/config.lever.ts';

/** Dated selector alternatives, newest first (tests/lib/sites/selectors.test.ts checks the dates). */
export const SELECTORS = {
  title: [
    { selector: '.posting-headline h2', seen: '2026-05', source: H1B },
    { selector: '.posting-header h2', seen: '2026-05', source: 'switzere/Job-Application-Plugin extractors/lever.js' },
  ],
  location: [
    { selector: '.posting-categories .location', seen: '2024-10', source: GREEN },
    { selector: "[class*='posting-head'] .location", seen: '2024-10', source: 'alvin-ictn/job-tracker-react-chrome-ext lever.ts' },
  ],
  company: [{ selector: '.main-header-logo img[alt]', seen: '2024-10', source: 'lever page header logo (alt = company)' }],
  sections: [
    { selector: '[data-qa="job-description"], [data-qa="posting-requirements"], [data-qa="salary-range"], [data-qa="closing-description"]', seen: '2026-05', source: H1B },
    { selector: ".section-wrapper.page-full-width .section:not(.last-section-apply)", seen: '2024-10', source: GREEN },
  ],
} satisfies Record<string, Sel[]>;

const HOST = /^jobs(\.eu)?\.lever\.co$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const lever: SiteAdapter = {
  id: 'lever',
  examples: [
    'https://jobs.lever.co/fabrikam/3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c',
    'https://jobs.eu.lever.co/contoso/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/apply',
  ],
  matches: (url) => HOST.test(url.hostname) && UUID.test(pathParts(url)[1] ?? ''),
  read(doc, url) {
    const [slug, id] = pathParts(url);
    // A requirements list's heading sits beside it in the same .section: read the section.
    const roots = all(doc, SELECTORS.sections).map((el) => el.closest('.section') ?? el);
    const logo = first(doc, SELECTORS.company)?.getAttribute('alt')?.replace(/\s+logo$/i, '');
    return buildPage(
      'lever',
      url,
      {
        title: textOf(first(doc, SELECTORS.title)),
        company: logo || null,
        location: firstText(doc, SELECTORS.location)?.replace(/\s*\/$/, '') ?? null,
        postingId: id ?? null,
        canonicalUrl: `https://${url.hostname}/${slug}/${id}`,
        fromUrl: { company: fromSlug(slug) },
      },
      roots,
      ['title', 'company', 'location', 'text'],
    );
  },
};
export default lever;
