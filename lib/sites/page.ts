/**
 * The one place an adapter's findings become a PostingPage: text and map from the roots,
 * cleaned fields, and `missing` for the page-health check (fields expected but empty).
 */
import { collectText, type CollectOptions } from './collect';
import { clean } from './select';
import type { PostingPage } from './types';

export interface Fields {
  title?: string | null;
  company?: string | null;
  location?: string | null;
  postingId?: string | null;
  canonicalUrl?: string | null;
}
export type Expected = keyof Fields | 'text';

/** Build a page from found fields and description roots; null when neither title nor text. */
export function buildPage(
  site: string,
  url: URL,
  fields: Fields,
  roots: Element[],
  expect: readonly Expected[],
  opts?: CollectOptions,
): PostingPage | null {
  const col = roots.length ? collectText(roots, opts) : null;
  const text = col?.text ?? '';
  const page: PostingPage = {
    site,
    url: url.href,
    canonicalUrl: fields.canonicalUrl ?? null,
    postingId: clean(fields.postingId),
    title: clean(fields.title),
    company: clean(fields.company),
    location: clean(fields.location),
    text,
    map: text ? col!.map : null,
    headings: text ? col!.headings : [],
  };
  if (!page.title && !text) return null;
  page.missing = missingOf(page, expect);
  return page;
}

/** The expected fields that are empty on this page. */
export function missingOf(page: PostingPage, expect: readonly Expected[]): string[] {
  return expect.filter((k) => !page[k]);
}
