/**
 * Selector helpers. Every selector is data with the date it was seen and where
 * (../shared/notes/sites.md §5.3), tried newest first behind one helper, so a broken site is
 * fixed by adding one dated line, never by scattering strings through an adapter.
 */

/** One dated alternative: `seen` is YYYY-MM, `source` names the code or page it came from. */
export interface Sel {
  selector: string;
  seen: string;
  source: string;
}

type Root = Document | Element;

/** The first element matched by the first alternative that matches anything. */
export function first(root: Root | null | undefined, sels: readonly Sel[]): Element | null {
  if (!root) return null;
  for (const s of sels) {
    const el = safeQuery(root, s.selector);
    if (el) return el;
  }
  return null;
}

/** Every element matched by the first alternative that matches anything. */
export function all(root: Root | null | undefined, sels: readonly Sel[]): Element[] {
  if (!root) return [];
  for (const s of sels) {
    try {
      const els = Array.from(root.querySelectorAll(s.selector));
      if (els.length) return els;
    } catch {
      // An alternative the DOM implementation cannot parse is just a miss.
    }
  }
  return [];
}

/** The cleaned text of the first match, or null when nothing matches or it is empty. */
export function firstText(root: Root | null | undefined, sels: readonly Sel[]): string | null {
  for (const s of sels) {
    const el = root ? safeQuery(root, s.selector) : null;
    const t = el ? textOf(el) : null;
    if (t) return t;
  }
  return null;
}

function safeQuery(root: Root, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button']);
const SR_ONLY = /(^|\s)(visually-hidden|sr-only|a11y-text|screen-reader-text)(\s|$)/;

/** Visible text of an element on one line: no script/style, screen-reader copies or buttons. */
export function textOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  const out: string[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push((c as Text).data);
      else if (c.nodeType === 1) {
        const e = c as Element;
        const tag = e.localName.toLowerCase();
        if (NO_TEXT.has(tag) || e.hasAttribute('hidden') || SR_ONLY.test(e.getAttribute('class') ?? '')) continue;
        if (tag === 'br') out.push(' ');
        walk(e);
        if (tag !== 'span' && tag !== 'a' && tag !== 'b' && tag !== 'strong' && tag !== 'em' && tag !== 'i') out.push(' ');
      }
    }
  };
  walk(el);
  return clean(out.join(''));
}

/** Collapse whitespace (NBSP and zero-width too) and trim; null when nothing is left. */
export function clean(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = String(s).replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
  return t || null;
}

/** Content of <meta property=…> or <meta name=…>, cleaned. */
export function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  return clean(el?.getAttribute('content'));
}

/** Absolute href of <link rel=canonical>, else og:url; null when neither is a URL. */
export function canonicalLink(doc: Document, base: URL): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  return absolute(href, base);
}

/** Resolve `href` against `base`; null unless it is http(s). */
export function absolute(href: string | null | undefined, base: URL): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "acme-corp" -> "Acme Corp": a readable company name from a URL slug. */
export function fromSlug(slug: string | null | undefined): string | null {
  if (!slug) return null;
  let s: string;
  try {
    s = decodeURIComponent(slug);
  } catch {
    s = slug;
  }
  return clean(s.replace(/[-_+]+/g, ' ').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
}

/** The path segments of a URL, decoded lazily by the caller. */
export function pathParts(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}
