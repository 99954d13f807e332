/**
 * The site adapters, as a plain list (tests/lib/sites/registry.test.ts checks that every
 * adapter file is here, has example URLs claimed by it alone, and a fixture directory), and
 * readPosting, the one entry point: site adapter, then schema.org data, then (on request)
 * the heuristic reader.
 */
import ashby from './ashby';
import generic from './generic';
import greenhouse from './greenhouse';
import indeed from './indeed';
import jsonLd, { readJsonLd } from './json-ld';
import lever from './lever';
import linkedin from './linkedin';
import smartrecruiters from './smartrecruiters';
import wellfound from './wellfound';
import workday from './workday';
import { isUrlGuess, missingOf, type Expected } from './page';
import type { PostingPage, SiteAdapter } from './types';

export type { PostingPage, SiteAdapter, TextMap, TextSegment } from './types';
export { collectText, isMapLive } from './collect';
export { readRange } from './page';

/** Site adapters first (one claims a URL), then the fallbacks in the order they are tried. */
export const ADAPTERS: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  wellfound,
  jsonLd,
  generic,
];

/** The site adapter that claims this URL, if any. */
export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => !a.fallback && a.matches(url)) ?? null;
}

const attempt = (fn: () => PostingPage | null): PostingPage | null => {
  try {
    return fn();
  } catch (err) {
    console.debug('[jd-lens] adapter failed', err);
    return null;
  }
};

const FIELDS = ['title', 'company', 'location', 'postingId', 'canonicalUrl'] as const;

/** The site's own field, unless it is missing or only a URL guess and JSON-LD has one. */
function siteOrLd(site: PostingPage, ld: PostingPage, k: (typeof FIELDS)[number]): string | null {
  if (site[k] && !isUrlGuess(site, k)) return site[k];
  return ld[k] ?? site[k];
}

/**
 * Best reading of the page: the site adapter for the URL, then JSON-LD / microdata, then
 * (only if opts.generic) the heuristic adapter. Never throws, never mutates the page.
 * When a site adapter claims the URL but sees no posting (e.g. LinkedIn's split-view pane
 * still shows the previous job), the result is null rather than a guess: call again after
 * the page settles.
 */
export function readPosting(doc: Document, url: URL, opts: { generic?: boolean } = {}): PostingPage | null {
  try {
    return read(doc, url, opts);
  } catch (err) {
    console.debug('[jd-lens] readPosting failed', err);
    return null;
  }
}

function read(doc: Document, url: URL, opts: { generic?: boolean }): PostingPage | null {
  const site = adapterFor(url);
  const fromSite = site ? attempt(() => site.read(doc, url)) : null;
  if (fromSite?.text) {
    const ld = attempt(() => readJsonLd(doc, url, false));
    if (ld) {
      for (const k of FIELDS) fromSite[k] = siteOrLd(fromSite, ld, k);
      fromSite.missing = missingOf(fromSite, (fromSite.missing ?? []) as Expected[]);
    }
    return fromSite;
  }
  const ld = attempt(() => readJsonLd(doc, url));
  if (ld?.text) {
    if (!fromSite) return ld;
    // The site's selectors found no description (page health: 'text' stays in missing),
    // but its own fields are still the better reading.
    const page: PostingPage = { ...ld, site: fromSite.site };
    for (const k of FIELDS) page[k] = siteOrLd(fromSite, ld, k);
    page.missing = missingOf(page, (fromSite.missing ?? []).filter((m) => m !== 'text') as Expected[]).concat('text');
    return page;
  }
  if (site && !fromSite) return null;
  const fromGeneric = opts.generic ? attempt(() => generic.read(doc, url)) : null;
  if (fromGeneric && fromSite) {
    // A board page whose selectors all broke: keep its fields, take the generic text.
    for (const k of FIELDS) fromGeneric[k] = fromSite[k] ?? fromGeneric[k];
    return { ...fromGeneric, site: fromSite.site, missing: fromSite.missing };
  }
  return fromGeneric ?? fromSite ?? ld;
}

/**
 * The page-health answer: the heuristic reader's text, with the best fields any reader found
 * (the site's own, then JSON-LD, then the heuristics, then URL guesses). Used when the user
 * asks to analyse a board page generically because its selectors came back empty.
 */
export function readGeneric(doc: Document, url: URL): PostingPage | null {
  const page = attempt(() => generic.read(doc, url));
  if (!page) return null;
  const site = adapterFor(url);
  const fromSite = site ? attempt(() => site.read(doc, url)) : null;
  const ld = attempt(() => readJsonLd(doc, url, false));
  for (const k of FIELDS) {
    const own = fromSite?.[k] && !isUrlGuess(fromSite, k) ? fromSite[k] : null;
    page[k] = own ?? ld?.[k] ?? page[k] ?? fromSite?.[k] ?? null;
  }
  page.missing = [];
  return page;
}
