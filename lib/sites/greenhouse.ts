/**
 * Greenhouse: the new job-boards.greenhouse.io/<board>/jobs/<id> pages, the legacy
 * boards.greenhouse.io ones (also /embed/job_app?for=<board>&token=<id>, the iframe that
 * company career sites embed), and company pages that show a board posting via ?gh_jid=<id>
 * (sites.md §5.2: keep gh_jid as the posting id).
 */
import { descriptionBlock, isChrome } from './generic';
import { buildPage } from './page';
import { clean, first, firstText, meta, pathParts, textOf, fromSlug, type Sel } from './select';
import { ldCompany } from './schema-org';
import type { SiteAdapter } from './types';

const H1B = 'vamsi2577/h1b-scout extractors/greenhouse.js';
const ZAP = 'zaphodsdad/jobhunter3000 extractors/greenhouse.js';

/** Dated selector alternatives, newest first (tests/lib/sites/selectors.test.ts checks the dates). */
export const SELECTORS = {
  title: [
    { selector: '.job__title h1', seen: '2026-05', source: H1B },
    { selector: 'h1.section-header', seen: '2026-05', source: H1B },
    { selector: '.app-title', seen: '2026-02', source: ZAP },
    { selector: 'h1.heading', seen: '2026-02', source: ZAP },
    { selector: 'h1', seen: '2026-05', source: H1B },
  ],
  company: [{ selector: '.company-name', seen: '2026-02', source: ZAP }],
  location: [
    { selector: '.job__location', seen: '2026-05', source: 'job-boards.greenhouse.io markup (h1b-scout era)' },
    { selector: '.location', seen: '2026-02', source: ZAP },
    { selector: '.body--metadata', seen: '2026-02', source: ZAP },
  ],
  description: [
    { selector: '.job__description', seen: '2026-05', source: H1B },
    { selector: '#content', seen: '2026-02', source: ZAP },
    { selector: '.content', seen: '2026-02', source: ZAP },
    { selector: '#app_body', seen: '2026-02', source: ZAP },
  ],
} satisfies Record<string, Sel[]>;

const HOST = /^(job-boards(\.eu)?|boards(\.eu)?)\.greenhouse\.io$/;

/** Board slug and posting id from any of the three URL shapes. */
export function greenhouseIds(url: URL): { board: string | null; id: string } | null {
  const gh = url.searchParams.get('gh_jid');
  if (!HOST.test(url.hostname)) return gh && /^\d+$/.test(gh) ? { board: null, id: gh } : null;
  const token = url.searchParams.get('token');
  if (/\/embed\/job_app/.test(url.pathname) && token) return { board: url.searchParams.get('for'), id: token };
  const [board, jobs, id] = pathParts(url);
  return board && jobs === 'jobs' && id && /^\d+$/.test(id) ? { board, id } : gh ? { board: board ?? null, id: gh } : null;
}

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  examples: [
    'https://job-boards.greenhouse.io/acmerobotics/jobs/4567890',
    'https://boards.greenhouse.io/acmerobotics/jobs/4567891',
    'https://boards.greenhouse.io/embed/job_app?for=acmerobotics&token=4567892',
    'https://careers.acmerobotics.example/open-roles/?gh_jid=4567893',
  ],
  matches: (url) => greenhouseIds(url) !== null,
  read(doc, url) {
    const ids = greenhouseIds(url)!;
    const onBoard = HOST.test(url.hostname);
    // Off the board (a company page with ?gh_jid=), the posting sits in the company's own
    // layout: find it as the generic reader would, and keep its chrome out.
    const desc = onBoard ? first(doc, SELECTORS.description) : descriptionBlock(doc);
    const heading = clean(doc.title)?.match(/^Job Application for (.+) at (.+)$/);
    const title = onBoard
      ? (textOf(first(doc, SELECTORS.title)) ?? heading?.[1] ?? null)
      : textOf(Array.from(doc.querySelectorAll('h1')).find((h) => !h.closest('header, nav, footer')));
    const company = onBoard
      ? (ldCompany(doc) ?? firstText(doc, SELECTORS.company)?.replace(/^at\s+/i, '') ?? heading?.[2] ?? null)
      : meta(doc, 'og:site_name');
    return buildPage(
      'greenhouse',
      url,
      {
        title,
        company,
        location: onBoard ? firstText(doc, SELECTORS.location) : null,
        postingId: ids.id,
        canonicalUrl: ids.board ? `https://job-boards.greenhouse.io/${ids.board}/jobs/${ids.id}` : url.href,
        fromUrl: { company: onBoard ? fromSlug(ids.board) : null },
      },
      desc ? [desc] : [],
      onBoard ? ['title', 'company', 'location', 'text'] : ['title', 'company', 'text'],
      onBoard ? undefined : { skip: isChrome },
    );
  },
};
export default greenhouse;
