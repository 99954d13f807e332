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
const NO_TEXT = /^(script|style|noscript|template|head|title)$/i;

/**
 * The smallest element whose visible text runs from the description's first words to its last:
 * one pass over the text nodes (normalised: letters and digits only), then the nearest common
 * ancestor of the first and last matching nodes. Linear in the page's text.
 */
export function visibleBlock(doc: Document, text: string): Element | null {
  const want = norm(text);
  if (want.length < 40 || !doc.body) return null;
  const head = want.slice(0, 40);
  const tail = want.slice(-40);
  const nodes: Text[] = [];
  const ends: number[] = [];
  let flat = '';
  const walk = (el: Element) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = norm((c as Text).data);
        if (!t) continue;
        flat += t;
        nodes.push(c as Text);
        ends.push(flat.length);
      } else if (c.nodeType === 1 && !NO_TEXT.test((c as Element).localName)) walk(c as Element);
    }
  };
  walk(doc.body);
  const nodeAt = (i: number) => {
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! > i) hi = mid;
      else lo = mid + 1;
    }
    return nodes[lo]!;
  };
  for (let from = flat.indexOf(head), tries = 0; from >= 0 && tries < 5; from = flat.indexOf(head, from + 1), tries++) {
    const to = flat.indexOf(tail, from + Math.max(0, want.length - tail.length - 200));
    if (to < 0 || to + tail.length - from > want.length * 2 + 400) continue;
    let block: Node | null = nodeAt(from);
    const last = nodeAt(to + tail.length - 1);
    while (block && !block.contains(last)) block = block.parentNode;
    // The common ancestor is the text node itself when the description is one text node.
    const el = block?.nodeType === 1 ? (block as Element) : (block?.parentElement ?? null);
    if (el && norm(el.textContent ?? '').length <= want.length * 2 + 400) return el;
  }
  return null;
}

export const jsonLd: SiteAdapter = {
  id: 'json-ld',
  fallback: true,
  examples: ['https://careers.example.org/jobs/1234-data-engineer', 'https://www.example.com/about/careers/openings/backend-developer'],
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  read: (doc, url) => readJsonLd(doc, url),
};
export default jsonLd;
