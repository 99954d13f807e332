/**
 * Workday: <tenant>.wd<N>.myworkdayjobs.com/<locale?>/<site>/job/<location>/<Title>_<ReqId>
 * (and <tenant>.wd<N>.myworkdaysite.com/recruiting/...). data-automation-id attributes are
 * stable across tenants; company and title also come from the URL when the SPA has not
 * rendered them (h1b-scout test/extractor-heuristics.test.mjs).
 */
import { buildPage } from './page';
import { all, first, firstText, fromSlug, meta, pathParts, textOf, type Sel } from './select';
import type { SiteAdapter } from './types';

const SW = 'switzere/Job-Application-Plugin extractors/workday.js';
const H1B = 'vamsi2577/h1b-scout extractors/workday.js';

/** Dated selector alternatives, newest first (tests/lib/sites/selectors.test.ts checks the dates). */
export const SELECTORS = {
  title: [{ selector: '[data-automation-id="jobPostingHeader"]', seen: '2026-05', source: `${SW}; ${H1B}` }],
  description: [{ selector: '[data-automation-id="jobPostingDescription"]', seen: '2026-05', source: `${SW}; ${H1B}` }],
  location: [
    { selector: '[data-automation-id="locations"] dd', seen: '2026-05', source: SW },
    { selector: '[data-automation-id="locations"]', seen: '2026-05', source: SW },
  ],
  requisition: [
    { selector: '[data-automation-id="requisitionId"] dd', seen: '2026-05', source: SW },
    { selector: '[data-automation-id="requisitionId"]', seen: '2026-05', source: SW },
  ],
  company: [
    { selector: '[data-automation-id="jobPostingCompany"]', seen: '2026-05', source: H1B },
    { selector: '[data-automation-id="headerTitle"]', seen: '2026-05', source: SW },
  ],
} satisfies Record<string, Sel[]>;

const HOST = /^([a-z0-9-]+)\.wd\d+\.myworkday(jobs|site)\.com$/i;

/** Title and requisition id from the last /job/ path segment: "Software-Engineer_JR_044991-1". */
export function workdaySlug(url: URL): { title: string | null; req: string | null } | null {
  const parts = pathParts(url);
  const at = parts.indexOf('job');
  if (at < 0 || parts.length < at + 2) return null;
  const last = parts[parts.length - 1] === 'apply' ? parts[parts.length - 2]! : parts[parts.length - 1]!;
  const cut = last.indexOf('_');
  return { title: fromSlug(cut > 0 ? last.slice(0, cut) : last), req: cut > 0 ? last.slice(cut + 1) : null };
}

export const workday: SiteAdapter = {
  id: 'workday',
  examples: [
    'https://resmed.wd3.myworkdayjobs.com/en-US/ResMed_External_Careers/job/Sydney-Australia/Software-Engineer_JR_044991-1',
    'https://contoso.wd5.myworkdayjobs.com/Careers/job/Austin-TX/Senior-Data-Analyst_R12345',
    'https://fabrikam.wd1.myworkdaysite.com/recruiting/fabrikam/External/job/Remote-USA/Cloud-Architect_REQ-0042',
  ],
  matches: (url) => HOST.test(url.hostname) && workdaySlug(url) !== null,
  read(doc, url) {
    const slug = workdaySlug(url);
    const tenant = HOST.exec(url.hostname)?.[1] ?? null;
    const req = firstText(doc, SELECTORS.requisition)?.replace(/^job requisition id\s*/i, '') ?? slug?.req ?? null;
    return buildPage(
      'workday',
      url,
      {
        title: textOf(first(doc, SELECTORS.title)),
        company: firstText(doc, SELECTORS.company) ?? meta(doc, 'og:site_name'),
        location: all(doc, SELECTORS.location).map((e) => textOf(e)).filter(Boolean).join('; ') || null,
        postingId: req,
        canonicalUrl: `${url.origin}${url.pathname.replace(/\/apply\/?$/, '')}`,
        fromUrl: { title: slug?.title, company: fromSlug(tenant) },
      },
      all(doc, SELECTORS.description).slice(0, 1),
      ['title', 'location', 'text'],
    );
  },
};
export default workday;
