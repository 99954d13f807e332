/**
 * schema.org JobPosting from JSON-LD, then microdata (../shared/notes/sites.md §5.1). Any
 * page may carry it, so this is a fallback adapter. The JSON-LD description is parsed
 * detached; for highlights we look for the visible block that carries the same words and
 * analyse that block's own text (so offsets land on the page), else map is null.
 */
import { collectText } from './collect';
import { missingOf } from './page';
import { canonicalLink, absolute, clean } from './select';
import { htmlToBlock, jsonLdPostings, microdataPosting, placeText, str, type Json, type JsonObj } from './schema-org';
import type { PostingPage, SiteAdapter } from './types';

const EXTRA: [string, string][] = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['skills', 'Skills'],
  ['experienceRequirements', 'Experience requirements'],
  ['educationRequirements', 'Education requirements'],
  ['jobBenefits', 'Benefits'],
];

/**
 * Read a JSON-LD JobPosting (first one), else a microdata/RDFa one. With withText=false only
 * the fields are read (readPosting's gap filling: no search for the visible block).
 */
export function readJsonLd(doc: Document, url: URL, withText = true): PostingPage | null {
  const ld = jsonLdPostings(doc)[0];
  const md = microdataPosting(doc);
  if (!ld && !md) return null;
  const get = (k: string) => (ld ? str(doc, ld[k]) : null) ?? md?.prop(k) ?? null;
  const org = ld?.hiringOrganization;
  const id = ld?.identifier;
  const page: PostingPage = {
    site: 'json-ld',
    url: url.href,
    canonicalUrl: absolute(typeof ld?.url === 'string' ? ld.url : null, url) ?? canonicalLink(doc, url),
    postingId: str(doc, id && typeof id === 'object' && !Array.isArray(id) ? (id.value ?? null) : (id ?? null)),
    title: get('title') ?? get('name'),
    company: (ld ? str(doc, org && typeof org === 'object' && !Array.isArray(org) ? (org.name ?? null) : (org ?? null)) : null) ?? md?.prop('hiringOrganization') ?? null,
    location: (ld ? ldLocation(doc, ld) : null) ?? md?.prop('jobLocation') ?? null,
    text: '',
    map: null,
    headings: [],
  };
  if (!withText) {
    // fields only
  } else if (md && !ld) {
    // Microdata is the visible page itself: its block is the text, with a map.
    Object.assign(page, collectText(md.root));
  } else if (ld) {
    const desc = htmlToBlock(doc, typeof ld.description === 'string' ? ld.description : (str(doc, ld.description) ?? ''));
    const block = (desc.text ? visibleBlock(doc, desc.text) : null) ?? md?.root ?? null;
    if (block) Object.assign(page, collectText(block));
    else Object.assign(page, withExtras(doc, ld, desc));
  }
  page.missing = missingOf(page, ['title', 'company', 'location', 'text']);
  return page.title || page.text ? page : null;
}

/** jobLocation; for remote postings, "Remote (<applicantLocationRequirements>)". */
function ldLocation(doc: Document, ld: JsonObj): string | null {
  const place = placeText(doc, ld.jobLocation, ld.jobLocationType);
  const who = str(doc, ld.applicantLocationRequirements);
  if (place === 'Remote' && who) return `Remote (${who})`;
  return place ?? who;
}

/** The description plus schema.org's separate text fields that it does not already contain. */
function withExtras(doc: Document, ld: JsonObj, desc: { text: string; headings: PostingPage['headings'] }) {
  let text = desc.text;
  const headings = [...desc.headings];
  const flat = norm(text);
  for (const [key, label] of EXTRA) {
    const v = ld[key] as Json | undefined;
    const body = typeof v === 'string' ? htmlToBlock(doc, v).text : str(doc, v ?? null);
    if (!body || flat.includes(norm(body))) continue;
    const start = text ? text.length + 1 : 0;
    text = (text ? `${text}\n` : '') + `${label}\n${body}`;
    headings.push({ start, end: start + label.length });
  }
  return { text, map: null, headings };
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const SKIP = 'script, style, noscript, template, head';

/** The smallest visible element whose text holds the description's first and last words. */
export function visibleBlock(doc: Document, text: string): Element | null {
  const want = norm(text);
  if (want.length < 40 || !doc.body) return null;
  const head = want.slice(0, 60);
  const tail = want.slice(-60);
  let best: Element | null = null;
  let bestLen = Infinity;
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (el.matches(SKIP) || el.closest(SKIP)) continue;
    const raw = el.textContent ?? '';
    if (raw.length < want.length * 0.8) continue;
    const got = norm(raw);
    if (got.length >= bestLen || got.length > want.length * 2 + 400) continue;
    if (got.includes(head) && got.includes(tail)) {
      best = el;
      bestLen = got.length;
    }
  }
  return best && clean(best.textContent) ? best : null;
}

export const jsonLd: SiteAdapter = {
  id: 'json-ld',
  fallback: true,
  examples: ['https://careers.example.org/jobs/1234-data-engineer', 'https://www.example.com/about/careers/openings/backend-developer'],
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  read: (doc, url) => readJsonLd(doc, url),
};
export default jsonLd;
