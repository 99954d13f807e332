/**
 * SmartRecruiters: jobs.smartrecruiters.com/<Company>/<id>-<slug>. Evidence in public code
 * is thin (sites.md §5.3: an unattributed Java scraper and a detector module), so microdata
 * (itemprop) comes first, then ids; readPosting fills gaps from JSON-LD.
 */
import { buildPage } from './page';
import { all, first, firstText, fromSlug, pathParts, textOf, type Sel } from './select';
import type { SiteAdapter } from './types';

const JAVA = 'unattributed Java scraper (sites.md §5.3)';
const DET = 'unattributed detector module (sites.md §5.3)';

/** Dated selector alternatives, newest first (tests/lib/sites/selectors.test.ts checks the dates). */
export const SELECTORS = {
  title: [
    { selector: 'h1[itemprop="title"]', seen: '2025-06', source: JAVA },
    { selector: 'h1.job-title', seen: '2025-06', source: DET },
    { selector: '#jobTitle', seen: '2025-06', source: DET },
  ],
  company: [
    { selector: '[itemprop="hiringOrganization"] [itemprop="name"]', seen: '2025-06', source: JAVA },
    { selector: 'meta[itemprop="hiringOrganization"]', seen: '2025-06', source: JAVA },
  ],
  location: [
    { selector: 'spl-job-location[formattedaddress]', seen: '2025-06', source: DET },
    { selector: '[itemprop="jobLocation"]', seen: '2025-06', source: JAVA },
  ],
  description: [
    { selector: 'div[itemprop="description"]', seen: '2025-06', source: JAVA },
    { selector: '#st-jobDescription, #st-qualifications, #st-additionalInformation', seen: '2025-06', source: JAVA },
    { selector: '#jobDescriptionText', seen: '2025-06', source: DET },
  ],
} satisfies Record<string, Sel[]>;

export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  examples: [
    'https://jobs.smartrecruiters.com/WingtipToys/743999912345678-senior-qa-engineer',
    'https://jobs.smartrecruiters.com/Contoso1/744000011122233',
  ],
  matches: (url) => url.hostname === 'jobs.smartrecruiters.com' && /^\d{6,}(-|$)/.test(pathParts(url)[1] ?? ''),
  read(doc, url) {
    const [slug, tail] = pathParts(url);
    const id = /^\d+/.exec(tail ?? '')?.[0] ?? null;
    const place = first(doc, SELECTORS.location);
    const company = first(doc, SELECTORS.company);
    return buildPage(
      'smartrecruiters',
      url,
      {
        title: textOf(first(doc, SELECTORS.title)),
        company: company?.getAttribute('content') ?? textOf(company),
        location: place?.getAttribute('formattedaddress') ?? textOf(place),
        postingId: id,
        canonicalUrl: `https://jobs.smartrecruiters.com/${slug}/${id}`,
        fromUrl: { company: fromSlug(slug) },
      },
      all(doc, SELECTORS.description),
      ['title', 'company', 'location', 'text'],
    );
  },
};
export default smartrecruiters;
