/**
 * Wellfound (formerly AngelList Talent): wellfound.com/jobs/<id>-<slug> and the company
 * page's job view /company/<slug>/jobs/<id>-<slug>. A Next.js app behind Cloudflare; detail
 * selectors in public code are guesses (sites.md §5.3), so this adapter is best-effort:
 * readPosting adds JSON-LD, and the description falls back to the generic block scorer.
 */
import { descriptionBlock, isChrome } from './generic';
import { buildPage } from './page';
import { first, firstText, fromSlug, pathParts, textOf, type Sel } from './select';
import type { SiteAdapter } from './types';

const GUESS = 'guess in stored code (sites.md §5.3, Wellfound)';

/** Dated selector alternatives, newest first (tests/lib/sites/selectors.test.ts checks the dates). */
export const SELECTORS = {
  title: [
    { selector: '[data-test="JobTitle"]', seen: '2025-10', source: GUESS },
    { selector: 'main h1', seen: '2025-10', source: GUESS },
  ],
  company: [
    { selector: '[data-test="StartupName"]', seen: '2025-10', source: GUESS },
    { selector: 'main a[href^="/company/"]', seen: '2025-10', source: GUESS },
  ],
  location: [{ selector: '[data-test="JobLocation"]', seen: '2025-10', source: GUESS }],
  description: [{ selector: 'div[class*="styles_description__"]', seen: '2025-10', source: GUESS }],
} satisfies Record<string, Sel[]>;

/** The numeric job id from /jobs/<id>-<slug> or /company/<c>/jobs/<id>-<slug>. */
export function wellfoundJobId(url: URL): string | null {
  const parts = pathParts(url);
  const at = parts.indexOf('jobs');
  return at >= 0 ? (/^(\d+)(-|$)/.exec(parts[at + 1] ?? '')?.[1] ?? null) : null;
}

export const wellfound: SiteAdapter = {
  id: 'wellfound',
  examples: [
    'https://wellfound.com/jobs/3141592-founding-full-stack-engineer',
    'https://wellfound.com/company/tailspin-ai/jobs/2718281-machine-learning-engineer',
  ],
  matches: (url) => /^(www\.)?wellfound\.com$/.test(url.hostname) && wellfoundJobId(url) !== null,
  read(doc, url) {
    const id = wellfoundJobId(url);
    const parts = pathParts(url);
    const desc = first(doc, SELECTORS.description) ?? descriptionBlock(doc);
    return buildPage(
      'wellfound',
      url,
      {
        title: textOf(first(doc, SELECTORS.title)),
        company: firstText(doc, SELECTORS.company),
        location: firstText(doc, SELECTORS.location),
        postingId: id,
        canonicalUrl: `https://wellfound.com/jobs/${id}`,
        fromUrl: { company: parts[0] === 'company' ? fromSlug(parts[1]) : null },
      },
      desc ? [desc] : [],
      ['title', 'company', 'text'],
      { skip: isChrome },
    );
  },
};
export default wellfound;
