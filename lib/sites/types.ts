/**
 * What a site adapter returns, and the adapter shape itself. A posting page is the shared
 * PostingMeta plus the text to analyse and, when the text came from the DOM, the map back to it.
 */
import type { PostingMeta, Span } from '../types';
import type { TextMap } from './collect';

export type { TextMap, TextSegment } from './collect';

/** A posting as read from a page: metadata, the analysed text and its map to the DOM. */
export interface PostingPage extends PostingMeta {
  text: string;
  /** null when the text came from JSON-LD only and no visible block carries it. */
  map: TextMap | null;
  /** Offsets in `text` of headings the DOM marks as such (h1-h6, bold-only lines, <dt>). */
  headings: Span[];
}

/** One site: a URL gate, its example URLs and a reader. File name = id. */
export interface SiteAdapter {
  /** Same as the file name, and as PostingMeta.site. */
  id: string;
  /** true when this adapter is for this URL (host/path gate). */
  matches(url: URL): boolean;
  /** Example URLs this adapter alone claims (checked by tests/lib/sites/registry.test.ts). */
  examples: string[];
  /** Read the posting, or null when the page has no posting. Never mutates the page. */
  read(doc: Document, url: URL): PostingPage | null;
  /**
   * Fallback adapters (json-ld, generic) work on any URL; they claim every http(s) URL,
   * run after the site adapter and their examples must be claimed by no site adapter.
   */
  fallback?: boolean;
}
