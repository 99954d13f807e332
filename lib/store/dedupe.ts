import type { PostingMeta } from '../types';

// Query parameters that only track where a click came from; they never name another posting.
const TRACKING = /^(utm_.*|trk|trkInfo|refId|trackingId|lipi|ref|src|source|gh_src|lever-source.*|lever-origin|fbclid|gclid|mc_[a-z]+|_hs[a-z]+|ebp|from|tk|alid|iis|iisn)$/i;

/** A site's own way of writing one posting at several URLs, folded to one URL. Rules are data. */
export interface UrlRule {
  id: string;
  host: RegExp;
  /** Why the rule exists (the issue or page that showed the second URL). */
  why: string;
  /** The posting's one URL, or null when this URL names no single posting. */
  rewrite(url: URL): string | null;
  /** [a URL, what it folds to]: run by tests/lib/store/dedupe.test.ts. */
  examples: [string, string][];
}

/** The site rules, tried in order; the first that folds a URL wins. */
export const URL_RULES: UrlRule[] = [
  {
    id: 'linkedin',
    host: /(^|\.)linkedin\.com$/,
    why: 'One job shows at /jobs/view/<id>, /jobs/view/<slug>-<id>, regional hosts and the split views ?currentJobId= (sites.md §5.2).',
    rewrite(url) {
      const view = /^\/jobs\/view\/(?:[^/]*?-)?(\d{6,})\/?$/.exec(url.pathname)?.[1];
      const current = /^\/jobs\/(search|search-results|collections|recommended)(\/|$)/.test(url.pathname) ? url.searchParams.get('currentJobId') : null;
      const id = view ?? (current && /^\d+$/.test(current) ? current : null);
      return id ? `https://www.linkedin.com/jobs/view/${id}` : null;
    },
    examples: [
      ['https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=rust', 'https://www.linkedin.com/jobs/view/4012345678'],
      ['https://au.linkedin.com/jobs/view/senior-engineer-at-heidi-4411867124?trk=x', 'https://www.linkedin.com/jobs/view/4411867124'],
      ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3999123456', 'https://www.linkedin.com/jobs/view/3999123456'],
    ],
  },
  {
    id: 'greenhouse',
    host: /./,
    why: 'Company career pages embed a Greenhouse board posting with ?gh_jid=<id>; only that parameter names the posting (sites.md §5.2).',
    rewrite(url) {
      const id = url.searchParams.get('gh_jid');
      if (id) return `${url.origin}${url.pathname.replace(/\/+$/, '')}?gh_jid=${encodeURIComponent(id)}`;
      if (!/(^|\.)greenhouse\.io$/.test(url.hostname)) return null;
      const board = /^\/([^/]+)\/jobs\/(\d+)\/?$/.exec(url.pathname);
      if (board) return `https://job-boards.greenhouse.io/${board[1]!.toLowerCase()}/jobs/${board[2]}`;
      const embed = url.pathname.startsWith('/embed/job_app') ? [url.searchParams.get('for'), url.searchParams.get('token')] : [];
      return embed[0] && embed[1] ? `https://job-boards.greenhouse.io/${embed[0].toLowerCase()}/jobs/${embed[1]}` : null;
    },
    examples: [
      ['https://careers.acme.example/open-roles/?gh_jid=4567893&department=eng', 'https://careers.acme.example/open-roles?gh_jid=4567893'],
      ['https://boards.greenhouse.io/acme/jobs/4567893?gh_src=li', 'https://job-boards.greenhouse.io/acme/jobs/4567893'],
      ['https://boards.greenhouse.io/embed/job_app?for=acme&token=4567893', 'https://job-boards.greenhouse.io/acme/jobs/4567893'],
    ],
  },
  {
    id: 'indeed',
    host: /(^|\.)indeed\.com$/,
    why: 'Indeed names a posting by jk on /viewjob and by vjk in the search pane (sites.md §5.3).',
    rewrite(url) {
      const id = (url.pathname.startsWith('/viewjob') ? url.searchParams.get('jk') : null) ?? url.searchParams.get('vjk');
      return id ? `https://${url.hostname}/viewjob?jk=${encodeURIComponent(id)}` : null;
    },
    examples: [['https://www.indeed.com/jobs?q=python&vjk=abc123def', 'https://www.indeed.com/viewjob?jk=abc123def']],
  },
  {
    id: 'apply-page',
    host: /(^|\.)(lever\.co|ashbyhq\.com|myworkdayjobs\.com|myworkdaysite\.com)$/,
    why: 'Lever, Ashby and Workday put the application form at <posting>/apply or /application.',
    rewrite(url) {
      const path = url.pathname.replace(/\/+$/, '');
      return /\/(apply|application)$/.test(path) ? `https://${url.hostname}${path.replace(/\/(apply|application)$/, '')}` : null;
    },
    examples: [['https://jobs.lever.co/acme/1b2c3d4e-aaaa-bbbb-cccc-123456789abc/apply?lever-source=x', 'https://jobs.lever.co/acme/1b2c3d4e-aaaa-bbbb-cccc-123456789abc']],
  },
];

/**
 * The URL without fragments and tracking parameters, parameters sorted, https, and folded by the
 * site rules above (one URL per posting); '' for an unparsable URL.
 */
export function normalizeUrl(raw: string | null | undefined): string {
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  url.protocol = 'https:';
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  for (const rule of URL_RULES) {
    if (!rule.host.test(url.hostname)) continue;
    const folded = rule.rewrite(url);
    if (folded) return folded;
  }
  const kept = [...url.searchParams].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(kept).toString();
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${path}${url.search}`;
}

/** Every normalised URL a page names its posting by: canonical first, then the address. */
export function urlsOf(meta: { url?: string | null; canonicalUrl?: string | null }): string[] {
  return [...new Set([normalizeUrl(meta.canonicalUrl), normalizeUrl(meta.url)].filter(Boolean))];
}

/** `${site}:${postingId}`, the strongest duplicate key, or null when the site gives no id. */
export function postingKey(meta: Pick<PostingMeta, 'site' | 'postingId'>): string | null {
  return meta.postingId ? `${meta.site}:${meta.postingId}` : null;
}

/** Lower case, no accents, no (Remote)-style tails, punctuation to spaces. */
function fold(s: string | null | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\((?:remote|hybrid|on-?site|m\/f\/d|f\/m\/d|w\/m\/d|m\/w\/d|f\/m\/x|all genders)\)/g, ' ')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/** The company name folded for comparison: legal suffixes (Inc., GmbH) dropped. */
export function companyKey(company: string | null | undefined): string {
  return fold(company)
    .replace(/\b(inc|llc|ltd|limited|gmbh|ag|corp|corporation|co|plc|pty|sa|sas|bv|srl)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "title|company" folded for the exact match: case, punctuation, legal suffixes and (Remote)-style tails removed. */
export function titleCompanyKey(title: string | null | undefined, company: string | null | undefined): string {
  const t = fold(title);
  const c = companyKey(company);
  return t && c ? `${t}|${c}` : '';
}

// Abbreviations a title is written with; level words (senior, ii, 3) are kept: they name another job.
const TITLE_SYNONYMS: Record<string, string> = {
  sr: 'senior', snr: 'senior', jr: 'junior', jnr: 'junior', eng: 'engineer', engr: 'engineer',
  dev: 'developer', mgr: 'manager', swe: 'software engineer', sde: 'software engineer', fe: 'frontend',
  be: 'backend', 'front': 'frontend', 'back': 'backend', ii: '2', iii: '3', iv: '4', i: '1',
};
// Words that say nothing about which job it is.
const TITLE_NOISE = new Set(['remote', 'hybrid', 'onsite', 'on', 'site', 'full', 'time', 'part', 'permanent', 'the', 'a', 'an', 'of', 'and', 'm', 'f', 'd', 'w', 'x', 'all', 'genders', 'job', 'opening', 'role', 'position']);
const LEVEL = /^(\d+|intern|junior|mid|senior|staff|principal|lead|head|director|vp|chief|associate)$/;

// Titles repeat (many postings per company): the fuzzy check folds each distinct string once.
const memo = new Map<string, { tokens: Set<string>; levels: string }>();

function titleInfo(title: string | null | undefined): { tokens: Set<string>; levels: string } {
  const key = title ?? '';
  let info = memo.get(key);
  if (!info) {
    if (memo.size > 20_000) memo.clear();
    const tokens = computeTitleTokens(key);
    info = { tokens, levels: [...tokens].filter((w) => LEVEL.test(w)).sort().join(' ') };
    memo.set(key, info);
  }
  return info;
}

/** A title as a set of words: abbreviations spelled out, noise dropped, order ignored. */
export function titleTokens(title: string | null | undefined): Set<string> {
  return new Set(titleInfo(title).tokens);
}

function computeTitleTokens(title: string): Set<string> {
  const words = fold(title)
    .replace(/\bfront\s+end\b/g, 'frontend')
    .replace(/\bback\s+end\b/g, 'backend')
    .replace(/\bfull\s+stack\b/g, 'fullstack')
    .split(' ')
    .flatMap((w) => (TITLE_SYNONYMS[w] ?? w).split(' '))
    .filter((w) => w && !TITLE_NOISE.has(w));
  return new Set(words);
}

/**
 * Whether two titles name the same job: the same words in any order, or (for longer titles)
 * nearly the same words, and never a different level ("Senior" vs none, "II" vs "III").
 */
export function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  const ia = titleInfo(a);
  const ib = titleInfo(b);
  const ta = ia.tokens;
  const tb = ib.tokens;
  if (!ta.size || !tb.size || ia.levels !== ib.levels) return false;
  let shared = 0;
  for (const w of ta) if (tb.has(w)) shared++;
  const jaccard = shared / (ta.size + tb.size - shared);
  return jaccard === 1 || (Math.min(ta.size, tb.size) >= 5 && jaccard >= 0.8);
}

/**
 * Whether two locations can be the same place: unknown on either side, one inside the other
 * ("Berlin" in "Berlin, Germany"), or the same first word (the city). The same title at the same
 * company in two cities is two postings.
 */
export function sameLocation(a: string | null | undefined, b: string | null | undefined): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (!fa || !fb) return true;
  return fa.includes(fb) || fb.includes(fa) || fa.split(' ')[0] === fb.split(' ')[0];
}

/** The fuzzy duplicate check: same company, same job title, compatible location. */
export function sameJob(
  a: Pick<PostingMeta, 'title' | 'company' | 'location'>,
  b: Pick<PostingMeta, 'title' | 'company' | 'location'>,
): boolean {
  const ca = companyKeyCached(a.company);
  return !!ca && ca === companyKeyCached(b.company) && sameTitle(a.title, b.title) && sameLocation(a.location, b.location);
}

const companyMemo = new Map<string, string>();

/** companyKey, once per distinct name (the fuzzy check compares many rows of one company). */
function companyKeyCached(company: string | null | undefined): string {
  const key = company ?? '';
  let folded = companyMemo.get(key);
  if (folded == null) {
    if (companyMemo.size > 20_000) companyMemo.clear();
    folded = companyKey(key);
    companyMemo.set(key, folded);
  }
  return folded;
}
