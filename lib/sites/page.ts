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
  /**
   * Guesses from the URL alone (a company or title slug). They fill a field only when the
   * page has none, and rank below schema.org data: readPosting lets JSON-LD replace them
   * ("NorthwindHealth" from the path loses to hiringOrganization "Northwind Health").
   */
  fromUrl?: { title?: string | null; company?: string | null };
}
export type Expected = Exclude<keyof Fields, 'fromUrl'> | 'text';

/** Which fields of a page hold a URL guess (kept off the object so it never reaches messages). */
const urlGuesses = new WeakMap<PostingPage, Set<'title' | 'company'>>();

/** True when `page[key]` was only guessed from the URL, so better data may replace it. */
export function isUrlGuess(page: PostingPage, key: string): boolean {
  return urlGuesses.get(page)?.has(key as 'title') ?? false;
}

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
  const guessed = new Set<'title' | 'company'>();
  for (const k of ['title', 'company'] as const) {
    const guess = page[k] ? null : clean(fields.fromUrl?.[k]);
    if (guess) {
      page[k] = guess;
      guessed.add(k);
    }
  }
  if (guessed.size) urlGuesses.set(page, guessed);
  if (!page.title && !text) return null;
  page.missing = missingOf(page, expect);
  return page;
}

/** The expected fields that are empty on this page. */
export function missingOf(page: PostingPage, expect: readonly Expected[]): string[] {
  return expect.filter((k) => !page[k]);
}

/**
 * The text inside a Range (the user's selection) as a posting, with its node map so the
 * selection's skills are highlighted in place; null when the range holds no text.
 */
export function readRange(range: Range, url: URL): PostingPage | null {
  const common = range.commonAncestorContainer;
  const root = common.nodeType === 1 ? (common as Element) : common.parentElement;
  if (!root || range.collapsed) return null;
  const col = collectText(root, { range });
  if (!col.text.trim()) return null;
  return {
    site: 'selection',
    url: url.href,
    canonicalUrl: null,
    postingId: null,
    title: null,
    company: null,
    location: null,
    text: col.text,
    map: col.map,
    headings: col.headings,
    missing: [],
  };
}
