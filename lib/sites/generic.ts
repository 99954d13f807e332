/**
 * Any other career page: title from h1 / og:title, company from og:site_name / the title,
 * and the description block scored by job keywords and text density. Page chrome (nav,
 * header, footer, cookie banners, "similar jobs", "people also viewed") is never a candidate
 * and is left out of the text. Only used when the caller asks (opts.generic).
 */
import { buildPage } from './page';
import { canonicalLink, clean, meta, textOf } from './select';
import type { SiteAdapter } from './types';

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'dialog']);
const CHROME_ROLES = /^(navigation|banner|contentinfo|dialog|alertdialog|search|complementary)$/;
/** Matched against each id/class token's start, so "has-sidebar" on a page wrapper is not chrome. */
const CHROME_NAMES =
  /^(cookie|consent|gdpr|onetrust|truste|newsletter|subscribe|breadcrumb|share|social|similar|related|recommend|also-?viewed|people-?also|more-?jobs|other-?jobs|sidebar|site-?(nav|header|footer)|menu|nav(bar)?$|navigation|topbar|footer|header$|btn|button|apply)/i;
const CHROME_HEADINGS = /^(similar|related|recommended|more|other) (jobs|positions|roles|openings)|people also (viewed|searched)|you may also like/i;
const KEYWORDS = [
  /responsibilit/i, /requirement/i, /qualification/i, /experience/i, /about (the|this) (role|job|position)/i,
  /what you('|’)?ll do|what you will do/i, /who you are|about you/i, /benefits|perks/i, /skills/i,
  /nice to have|preferred|bonus/i, /years/i, /salary|compensation|pay range/i, /apply/i, /team/i,
];

/** True for navigation, banners, cookie notices and related-job lists. */
export function isChrome(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  if (CHROME_TAGS.has(tag) && tag !== 'form') return true;
  if (CHROME_ROLES.test(el.getAttribute('role') ?? '') || el.getAttribute('role') === 'button') return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`.split(/\s+/);
  if (names.some((n) => n && CHROME_NAMES.test(n))) return true;
  const h = el.firstElementChild;
  return !!h && /^h[1-6]$/i.test(h.localName) && CHROME_HEADINGS.test(clean(h.textContent) ?? '');
}

const inChrome = (el: Element) => {
  for (let e: Element | null = el; e; e = e.parentElement) if (isChrome(e)) return true;
  return false;
};

/** Visible text of an element without the chrome inside it. */
function bodyText(el: Element): { len: number; links: number; text: string } {
  let text = '';
  let links = 0;
  const walk = (n: Element, inLink: boolean) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        text += (c as Text).data;
        if (inLink) links += (c as Text).data.trim().length;
      } else if (c.nodeType === 1) {
        const e = c as Element;
        if (/^(script|style|noscript|template|svg|button)$/i.test(e.localName) || isChrome(e)) continue;
        walk(e, inLink || e.localName.toLowerCase() === 'a');
      }
    }
  };
  walk(el, false);
  const t = clean(text) ?? '';
  return { len: t.length, links, text: t };
}

/** The element most likely to hold the posting, or null below the confidence threshold. */
export function descriptionBlock(doc: Document): Element | null {
  let best: { el: Element; score: number; len: number } | null = null;
  const cands = Array.from(doc.querySelectorAll('main, article, section, div, td'));
  for (const el of cands) {
    if (inChrome(el)) continue;
    const { len, links, text } = bodyText(el);
    if (len < 200) continue;
    const hits = KEYWORDS.filter((k) => k.test(text)).length;
    const density = 1 - links / len;
    // Keywords dominate; length helps up to ~4000 chars; link-heavy blocks are lists of links.
    const score = hits * 10 * density * density + Math.min(len, 4000) / 400;
    // Prefer the tighter block when a wrapper adds nothing: ties go to the deeper element.
    if (!best || score > best.score + 0.5 || (score >= best.score - 0.5 && best.el.contains(el) && len >= best.len * 0.85)) {
      best = { el, score, len };
    }
  }
  return best && best.score >= 30 ? best.el : null;
}

/** "Backend Engineer - Acme Careers" -> "Acme". */
function companyFromTitle(docTitle: string | null, title: string | null): string | null {
  if (!docTitle) return null;
  const parts = docTitle.split(/\s+[|–—-]\s+|\s+at\s+/).map((p) => p.replace(/\b(careers?|jobs?)\b/gi, '').trim());
  return clean(parts.find((p) => p && p !== title && !title?.includes(p)) ?? null);
}

export const generic: SiteAdapter = {
  id: 'generic',
  fallback: true,
  examples: ['https://careers.example-widgets.com/openings/senior-backend-engineer', 'https://www.example.net/jobs/42'],
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  read(doc, url) {
    const block = descriptionBlock(doc);
    if (!block) return null;
    const h1 = Array.from(doc.querySelectorAll('h1')).find((h) => !inChrome(h));
    const title = textOf(h1) ?? meta(doc, 'og:title') ?? textOf(block.querySelector('h2, h3'));
    return buildPage(
      'generic',
      url,
      {
        title,
        company: meta(doc, 'og:site_name') ?? companyFromTitle(clean(doc.title), title),
        canonicalUrl: canonicalLink(doc, url) ?? url.href,
      },
      [block],
      ['title', 'company', 'text'],
      { skip: isChrome },
    );
  },
};
export default generic;
