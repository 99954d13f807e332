/**
 * LinkedIn: the job view (/jobs/view/<id>, logged-in and guest markup), the split views
 * keyed by ?currentJobId= (/jobs/search, /jobs/collections, /jobs/recommended) and the newer
 * /jobs/search-results/ page (hide-applied-jobs-linkedin #11, 2026-04). The logged-in app
 * carries no usable JSON-LD, so everything comes from the DOM, scoped to the detail pane so
 * that list cards and "similar jobs" are never read.
 */
import { buildPage } from './page';
import { all, first, firstText, textOf, type Sel } from './select';
import type { SiteAdapter } from './types';

const H1B = 'vamsi2577/h1b-scout extractors/linkedin.js';
const ZAPHOD = 'zaphodsdad/jobhunter3000 extractors/linkedin.js';

/** Dated selector alternatives, newest first (tests/lib/sites/selectors.test.ts checks the dates). */
export const SELECTORS = {
  pane: [
    { selector: '.jobs-search__job-details', seen: '2026-05', source: 'sites.md detail pane (several files)' },
    { selector: '.scaffold-layout__detail', seen: '2026-05', source: 'sites.md detail pane (several files)' },
    { selector: '.jobs-details', seen: '2026-05', source: 'sites.md detail pane (several files)' },
  ],
  title: [
    { selector: 'h1.job-details-jobs-unified-top-card__job-title', seen: '2026-05', source: H1B },
    { selector: '.job-details-jobs-unified-top-card__job-title h1', seen: '2026-06', source: 'switzere/Job-Application-Plugin' },
    { selector: '.jobs-unified-top-card__job-title h1', seen: '2026-05', source: H1B },
    { selector: 'h1.topcard__title', seen: '2026-02', source: ZAPHOD },
    { selector: "h1[class*='job-title']", seen: '2026-05', source: H1B },
    { selector: '.t-24.t-bold.inline', seen: '2026-02', source: ZAPHOD },
    { selector: 'h1', seen: '2026-05', source: H1B },
  ],
  company: [
    { selector: '.job-details-jobs-unified-top-card__company-name a', seen: '2026-05', source: H1B },
    { selector: '.job-details-jobs-unified-top-card__company-name', seen: '2026-05', source: H1B },
    { selector: '.jobs-unified-top-card__company-name a', seen: '2026-05', source: H1B },
    { selector: 'a[data-tracking-control-name="public_jobs_topcard-org-name"]', seen: '2026-02', source: ZAPHOD },
    { selector: '.topcard__org-name-link', seen: '2026-02', source: ZAPHOD },
    { selector: "[class*='top-card__company'] a", seen: '2026-05', source: H1B },
  ],
  location: [
    { selector: '.job-details-jobs-unified-top-card__primary-description-container', seen: '2026-06', source: 'switzere/Job-Application-Plugin' },
    { selector: '.topcard__flavor--bullet', seen: '2026-02', source: 'linkedin-guest-heidi.html (shared fixture)' },
  ],
  description: [
    { selector: '#job-details', seen: '2026-05', source: `${H1B} ("stable id")` },
    { selector: '.jobs-description__content', seen: '2026-05', source: H1B },
    { selector: '.jobs-box__html-content', seen: '2026-02', source: ZAPHOD },
    { selector: '.show-more-less-html__markup', seen: '2026-02', source: 'linkedin-guest-heidi.html (shared fixture)' },
    { selector: '.description__text', seen: '2026-02', source: ZAPHOD },
    { selector: '.jobs-description-content__text', seen: '2024-02', source: 'modhpranav/skills-highlighter-extension' },
  ],
} satisfies Record<string, Sel[]>;

const HOST = /(^|\.)linkedin\.com$/;
const SPLIT = /^\/jobs\/(search|search-results|collections|recommended)(\/|$)/;

/** The job id the URL points at: /jobs/view/<slug-or-id> or ?currentJobId=. */
export function linkedinJobId(url: URL): string | null {
  const view = /^\/jobs\/view\/(?:[^/]*?-)?(\d{6,})\/?/.exec(url.pathname);
  if (view) return view[1]!;
  const current = url.searchParams.get('currentJobId');
  return SPLIT.test(url.pathname) && current && /^\d+$/.test(current) ? current : null;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  examples: [
    'https://www.linkedin.com/jobs/view/4411867124/',
    'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
    'https://www.linkedin.com/jobs/search/?currentJobId=3999123456&keywords=rust',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3999123456',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=3999123456&keywords=python',
  ],
  matches: (url) => HOST.test(url.hostname) && linkedinJobId(url) !== null,
  read(doc, url) {
    const id = linkedinJobId(url);
    const scope = id && url.searchParams.has('currentJobId') ? first(doc, SELECTORS.pane) : doc;
    if (!scope) return null;
    // In a split view the pane may still show the previous job right after navigation:
    // its title links to /jobs/view/<other id>. Report nothing until it catches up.
    const link = scope.querySelector('a[href*="/jobs/view/"]')?.getAttribute('href') ?? '';
    const shown = /\/jobs\/view\/(?:[^/?]*?-)?(\d{6,})/.exec(link)?.[1];
    if (id && shown && shown !== id && url.searchParams.has('currentJobId')) return null;
    const loc = firstText(scope, SELECTORS.location)?.split(' · ')[0] ?? null;
    return buildPage(
      'linkedin',
      url,
      {
        title: textOf(first(scope, SELECTORS.title)),
        company: firstText(scope, SELECTORS.company),
        location: loc,
        postingId: id,
        canonicalUrl: id ? `https://www.linkedin.com/jobs/view/${id}/` : null,
      },
      all(scope, SELECTORS.description).slice(0, 1),
      ['title', 'company', 'location', 'text'],
    );
  },
};
export default linkedin;
