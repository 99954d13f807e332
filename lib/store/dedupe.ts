import type { PostingMeta } from '../types';

// Query parameters that only track where a click came from; they never name another posting.
const TRACKING = /^(utm_.*|trk|trkInfo|refId|trackingId|lipi|ref|src|source|gh_src|lever-source.*|lever-origin|fbclid|gclid|mc_[a-z]+|_hs[a-z]+|ebp|from|tk|alid|iis|iisn)$/i;

/** The URL without fragments and tracking parameters, parameters sorted; '' for an unparsable URL. */
export function normalizeUrl(raw: string | null | undefined): string {
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '';
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(kept).toString();
  url.hostname = url.hostname.toLowerCase();
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${path}${url.search}`;
}

/** `${site}:${postingId}`, the strongest duplicate key, or null when the site gives no id. */
export function postingKey(meta: Pick<PostingMeta, 'site' | 'postingId'>): string | null {
  return meta.postingId ? `${meta.site}:${meta.postingId}` : null;
}

/** "title|company" folded for the fuzzy match: case, punctuation, seniority noise and (Remote)-style tails removed. */
export function titleCompanyKey(title: string | null | undefined, company: string | null | undefined): string {
  const fold = (s: string | null | undefined) =>
    (s ?? '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/\((?:remote|hybrid|on-?site|m\/f\/d|f\/m\/d|w\/m\/d)\)/g, ' ')
      .replace(/\b(inc|llc|ltd|gmbh|corp|co|plc|pty)\b\.?/g, ' ')
      .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
      .trim();
  const t = fold(title);
  const c = fold(company);
  return t && c ? `${t}|${c}` : '';
}
