/**
 * schema.org JobPosting, read without running anything: JSON-LD (arrays, @graph, nested
 * mainEntity; malformed JSON skipped silently) and microdata. HTML inside `description` is
 * parsed in a detached document (DOMParser or implementation.createHTMLDocument), which
 * loads and runs nothing and is never attached to the page.
 */
import { collectText } from './collect';
import { clean, textOf } from './select';
import type { Span } from '../types';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObj = { [k: string]: Json };

const isObj = (v: Json | undefined): v is JsonObj => !!v && typeof v === 'object' && !Array.isArray(v);
const isJobPosting = (o: JsonObj) => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && /(^|[/:])JobPosting$/.test(x));
};

/** Every JobPosting object in the page's JSON-LD, in document order. */
export function jsonLdPostings(doc: Document): JsonObj[] {
  const out: JsonObj[] = [];
  const visit = (v: Json | undefined, depth: number) => {
    if (depth > 6 || v == null) return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    if (!isObj(v)) return;
    if (isJobPosting(v)) return void out.push(v);
    for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) visit(v[k], depth + 1);
  };
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => {
    try {
      visit(JSON.parse(s.textContent ?? '') as Json, 0);
    } catch {
      // Malformed JSON-LD is common (trailing commas, raw newlines); the DOM still has the text.
    }
  });
  return out;
}

/** A plain string from a schema.org value: text, {name}, {value}, or a list joined by ", ". */
export function str(doc: Document, v: Json | undefined): string | null {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return clean(htmlToBlock(doc, String(v)).text);
  if (Array.isArray(v)) return v.map((x) => str(doc, x)).filter(Boolean).join(', ') || null;
  if (isObj(v)) {
    if (typeof v.monthsOfExperience === 'number') return `${v.monthsOfExperience} months of experience`;
    return str(doc, v.name ?? v.value ?? v.description ?? v.credentialCategory ?? null);
  }
  return null;
}

/** "Kirkland, WA, US" from a Place (or list of places); "Remote" for TELECOMMUTE. */
export function placeText(doc: Document, loc: Json | undefined, type?: Json): string | null {
  const one = (p: Json): string | null => {
    if (!isObj(p)) return str(doc, p);
    const a = p.address;
    if (isObj(a)) {
      const parts = ['addressLocality', 'addressRegion', 'addressCountry'].map((k) => str(doc, a[k])).filter(Boolean);
      if (parts.length) return parts.join(', ');
    }
    return str(doc, a ?? p.name ?? null);
  };
  const places = (Array.isArray(loc) ? loc : loc == null ? [] : [loc]).map(one).filter(Boolean);
  if (places.length) return [...new Set(places)].join('; ');
  return typeof type === 'string' && /telecommute/i.test(type) ? 'Remote' : null;
}

/** Text and heading spans of an HTML fragment (JSON-LD descriptions), never touching the page. */
export function htmlToBlock(doc: Document, html: string): { text: string; headings: Span[] } {
  let src = html;
  if (!/[<&]/.test(src)) return { text: src.trim(), headings: [] };
  // Some ATS escape the HTML twice ("&lt;p&gt;"): decode once, then parse the markup.
  if (!/<[a-z!/]/i.test(src) && /&lt;[a-z/]/i.test(src)) src = parseInert(doc, src)?.body.textContent ?? src;
  const d = parseInert(doc, src);
  if (!d?.body) return { text: clean(src.replace(/<[^>]*>/g, ' ')) ?? '', headings: [] };
  const col = collectText(d.body, { computed: false });
  return { text: col.text, headings: col.headings };
}

/** Parse HTML into a new document that has no browsing context: nothing loads or runs. */
function parseInert(doc: Document, html: string): Document | null {
  type WithParser = { DOMParser?: typeof DOMParser };
  const P = (globalThis as WithParser).DOMParser ?? (doc.defaultView as WithParser | null)?.DOMParser;
  if (!P) return null;
  try {
    return new P().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  } catch {
    return null;
  }
}

export interface Microdata {
  root: Element;
  prop(name: string): string | null;
  el(name: string): Element | null;
}

/** The first microdata (itemscope/itemprop) or RDFa (typeof/property) JobPosting, with its own properties. */
export function microdataPosting(doc: Document): Microdata | null {
  const md = doc.querySelector('[itemscope][itemtype*="schema.org/JobPosting"]');
  const rdfa = md ? null : doc.querySelector('[typeof~="JobPosting"], [typeof*="schema.org/JobPosting"]');
  const root = md ?? rdfa;
  if (!root) return null;
  const [propAttr, scopeAttr] = md ? ['itemprop', 'itemscope'] : ['property', 'typeof'];
  const scopeOf = (e: Element) => e.parentElement?.closest(`[${scopeAttr}]`) ?? null;
  const own = (name: string) =>
    Array.from(root.querySelectorAll(`[${propAttr}~="${name}"]`)).find((e) => scopeOf(e) === root) ?? null;
  const value = (e: Element | null): string | null => {
    if (!e) return null;
    if (e.hasAttribute('content')) return clean(e.getAttribute('content'));
    if (e.hasAttribute(scopeAttr)) {
      const sub = (k: string) => value(e.querySelector(`[${propAttr}~="${k}"]`));
      const parts = ['addressLocality', 'addressRegion', 'addressCountry'].map(sub).filter(Boolean);
      if (parts.length) return parts.join(', ');
      const name = sub('name');
      if (name) return name;
    }
    return textOf(e);
  };
  return { root, prop: (n) => value(own(n)), el: own };
}

/** hiringOrganization.name of the page's first JSON-LD JobPosting (board pages that only have it there). */
export function ldCompany(doc: Document): string | null {
  const org = jsonLdPostings(doc)[0]?.hiringOrganization;
  return str(doc, isObj(org) ? (org.name ?? null) : (org ?? null));
}
