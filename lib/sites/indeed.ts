/**
 * Indeed: /viewjob?jk=<id>, and the search results' right pane keyed by vjk=<id>, on
 * indeed.com and its country sites (au.indeed.com, uk.indeed.com, indeed.co.uk ...).
 * Indeed also embeds JSON-LD; readPosting fills any gap from it.
 */
import { buildPage } from './page';
import { all, first, firstText, textOf, type Sel } from './select';
import type { SiteAdapter } from './types';

const SW = 'switzere/Job-Application-Plugin extractors/indeed.js';
const AU = 'indeed-au-papercut.html (shared fixture)';

/** Dated selector alternatives, newest first (tests/lib/sites/selectors.test.ts checks the dates). */
export const SELECTORS = {
  pane: [
    { selector: '#jobsearch-ViewjobPaneWrapper', seen: '2026-05', source: 'indeed search pane (several files in the index)' },
    { selector: '.jobsearch-RightPane', seen: '2026-05', source: 'indeed search pane (several files in the index)' },
  ],
  title: [
    { selector: '[data-testid="jobsearch-JobInfoHeader-title"]', seen: '2026-08', source: AU },
    { selector: '.jobsearch-JobInfoHeader-title-container', seen: '2026-05', source: SW },
    { selector: '[data-testid="jobDetailTitle"]', seen: '2026-05', source: SW },
  ],
  company: [
    { selector: '[data-testid="inlineHeader-companyName"]', seen: '2026-05', source: SW },
    { selector: '[data-testid="jobDetailSubtitle"]', seen: '2026-05', source: SW },
  ],
  location: [
    { selector: '[data-testid="inlineHeader-companyLocation"]', seen: '2026-05', source: SW },
    { selector: '[data-testid="job-location"]', seen: '2026-05', source: 'indeed job-location test id (index)' },
  ],
  description: [
    { selector: '#jobDescriptionText', seen: '2026-05', source: SW },
    { selector: '[data-testid="jobDetailDescription"]', seen: '2026-05', source: SW },
  ],
} satisfies Record<string, Sel[]>;

/** indeed.com, xx.indeed.com, and the older country domains (indeed.co.uk, indeed.fr ...). */
const HOST = /(^|\.)indeed\.(com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/;

/** The posting id: jk on /viewjob, vjk in the search pane. */
export function indeedJobId(url: URL): string | null {
  const id = url.pathname.startsWith('/viewjob') ? url.searchParams.get('jk') : url.searchParams.get('vjk');
  return id && /^[0-9a-f]{8,}$/i.test(id) ? id : null;
}

export const indeed: SiteAdapter = {
  id: 'indeed',
  examples: [
    'https://www.indeed.com/viewjob?jk=8a3f2c1d0e9b7a65',
    'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    'https://www.indeed.com/jobs?q=data+engineer&l=Austin%2C+TX&vjk=1b2c3d4e5f607182',
    'https://uk.indeed.com/q-python-jobs.html?vjk=0f1e2d3c4b5a6978',
  ],
  matches: (url) => HOST.test(url.hostname) && indeedJobId(url) !== null,
  read(doc, url) {
    const id = indeedJobId(url);
    const scope = url.pathname.startsWith('/viewjob') ? doc : (first(doc, SELECTORS.pane) ?? doc);
    // Indeed appends "- job post" to the title for screen readers.
    const title = textOf(first(scope, SELECTORS.title))?.replace(/\s*-\s*job post\s*$/i, '') ?? null;
    return buildPage(
      'indeed',
      url,
      {
        title,
        company: firstText(scope, SELECTORS.company),
        location: firstText(scope, SELECTORS.location),
        postingId: id,
        canonicalUrl: id ? `https://${url.hostname}/viewjob?jk=${id}` : null,
      },
      all(scope, SELECTORS.description).slice(0, 1),
      ['title', 'company', 'location', 'text'],
    );
  },
};
export default indeed;
