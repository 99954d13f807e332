/**
 * Text from the DOM with a map back to the text nodes (../shared/notes/compromise.md §3.2).
 * The analysed string and the highlighted words are the same: every character of `text` is
 * either a verbatim character of one text node (a segment) or a synthetic separator ('\n'
 * around blocks, '• ' for <li>, ' ' for collapsed whitespace and between chip-like blocks).
 * Works without layout (linkedom, happy-dom): display comes from tag rules, and from
 * getComputedStyle only in a real browser, where it is cheap once styles are computed.
 */
import type { Span } from '../types';

/** A run of `text` copied verbatim from one text node. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  /** text.slice(start, end) === node.data.slice(nodeOffset, nodeOffset + (end - start)) */
  nodeOffset: number;
}

/** Segments in text order; characters between segments are synthetic. */
export interface TextMap {
  segments: TextSegment[];
}

/** Knobs for collectText; the defaults suit every adapter. */
export interface CollectOptions {
  /** Leave out these elements and everything under them (on top of the built-in rules). */
  skip?: (el: Element) => boolean;
  /** Read display/visibility/font-weight with getComputedStyle. Default: only in a real browser. */
  computed?: boolean;
  /** Only the text inside this Range (a user's selection); boundary nodes are cut at its offsets. */
  range?: Range;
}

type Display = 'skip' | 'inline' | 'block' | 'chip' | 'li' | 'pre';

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'select', 'textarea', 'input', 'button', 'head', 'title', 'meta', 'link',
  'video', 'audio', 'map', 'jdl-badge',
]);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'main', 'menu', 'nav',
  'ol', 'p', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt']);
const BOLD_TAGS = new Set(['b', 'strong']);
/** Screen-reader-only copies would double the text and cannot be painted. */
const SR_ONLY = /(^|\s)(visually-hidden|sr-only|a11y-text|screen-reader-text|screenreader-only)(\s|$)/;
/** Keyword chips and tags render as separate boxes; without a separator their words glue. */
const CHIP = /(^|[\s_-])(chip|pill|tag|badge|token)s?(?=$|[\s_-])/i;
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;
const WS = /[ \t\n\r\f]+/g;
const MAX_HEADING = 120;

/** One string from the text nodes under the roots, its node map and the heading spans. */
export function collectText(
  roots: Element | Element[],
  opts: CollectOptions = {},
): { text: string; map: TextMap; headings: Span[] } {
  const list = orderRoots(Array.isArray(roots) ? roots : [roots]);
  const doc = list[0]?.ownerDocument;
  const view = doc?.defaultView as (Window & typeof globalThis) | null | undefined;
  const computed = opts.computed ?? realLayout(view);
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const boldSegs: boolean[] = [];
  let len = 0;
  let last = '\n';
  /** A collapsed space to emit before the next word: true (synthetic), or a lone ' ' text node to copy verbatim. */
  let pending: boolean | Text = false;
  /** Right after a '• ': a block opening inside the <li> must not push its text to a new line. */
  let bulletAt = -1;

  const push = (s: string) => {
    parts.push(s);
    len += s.length;
    last = s[s.length - 1] ?? last;
  };
  const newline = () => {
    pending = false;
    if (len === bulletAt) return;
    if (len > 0 && last !== '\n') push('\n');
  };
  const space = (lone?: Text) => {
    if (len > 0 && last !== '\n' && last !== ' ') pending = pending === false && lone ? lone : true;
  };
  const verbatim = (node: Text, from: number, to: number, bold: boolean) => {
    if (to <= from) return;
    if (pending) {
      const lone = pending;
      pending = false;
      // A text node that is exactly ' ' between two inline elements maps verbatim, so a
      // span like "Spring Boot" across <b>Spring</b> <i>Boot</i> keeps its space in a Range.
      if (lone !== true && lone !== node) verbatim(lone, 0, 1, false);
      else if (last !== ' ' && last !== '\n') push(' ');
    }
    const prev = segments[segments.length - 1];
    if (prev && prev.node === node && prev.end === len && prev.nodeOffset + (prev.end - prev.start) === from) {
      prev.end += to - from;
    } else {
      segments.push({ node, start: len, end: len + (to - from), nodeOffset: from });
      boldSegs.push(bold);
    }
    push(node.data.slice(from, to));
  };
  const range = opts.range;
  const text = (node: Text, bold: boolean, pre: boolean) => {
    let lo = 0;
    let hi = node.data.length;
    if (range) {
      if (!range.intersectsNode(node)) return;
      if (node === range.startContainer) lo = range.startOffset;
      if (node === range.endContainer) hi = range.endOffset;
    }
    const data = hi < node.data.length ? node.data.slice(0, hi) : node.data;
    if (pre) return verbatim(node, lo, hi, bold);
    let i = lo;
    for (const m of data.matchAll(WS)) {
      const a = m.index;
      const b = a + m[0].length;
      if (b <= lo) continue;
      verbatim(node, i, a, bold);
      // A single ' ' between two words of one node stays verbatim: one segment, one Range.
      if (m[0] === ' ' && a > lo && b < data.length) verbatim(node, a, b, bold);
      else space(node.data === ' ' ? node : undefined);
      i = b;
    }
    verbatim(node, i, data.length, bold);
  };
  const styleOf = (el: Element) => (computed && view ? view.getComputedStyle(el) : null);
  const display = (el: Element, cs: CSSStyleDeclaration | null): Display => {
    const tag = el.localName.toLowerCase();
    if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || opts.skip?.(el)) return 'skip';
    if (tag === 'dialog' && !el.hasAttribute('open')) return 'skip';
    if (SR_ONLY.test(el.getAttribute('class') ?? '')) return 'skip';
    if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) return 'skip';
    if (cs) {
      if (cs.display === 'none' || cs.visibility === 'hidden') return 'skip';
      if (tag === 'pre' || (cs.whiteSpace.startsWith('pre') && cs.whiteSpace !== 'pre-line')) return 'pre';
      // An engine that leaves display empty (no layout) gets the tag rules.
      if (cs.display) return byDisplay(cs.display, tag, el);
    }
    return byTag(tag, el);
  };
  const isBold = (tag: string, inherited: boolean, cs: CSSStyleDeclaration | null) => {
    if (inherited || BOLD_TAGS.has(tag) || HEADING_TAGS.has(tag)) return true;
    return cs ? Number.parseInt(cs.fontWeight, 10) >= 600 : false;
  };
  const walk = (el: Element, bold: boolean, pre: boolean) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text(child as Text, bold, pre);
      else if (child.nodeType === 1) element(child as Element, bold, pre);
    }
  };
  const element = (el: Element, bold: boolean, pre: boolean) => {
    const tag = el.localName.toLowerCase();
    if (tag === 'br' || tag === 'hr') return newline();
    if (range && !range.intersectsNode(el)) return;
    const cs = styleOf(el);
    const d = display(el, cs);
    if (d === 'skip') return;
    const b = isBold(tag, bold, cs);
    if (d === 'inline') return walk(el, b, pre);
    if (d === 'chip') {
      space();
      walk(el, b, pre);
      return space();
    }
    newline();
    if (d === 'li') {
      push('• ');
      const mark = len;
      bulletAt = len;
      walk(el, b, pre);
      if (len === mark) {
        parts.pop();
        len -= 2;
        bulletAt = -1;
        last = parts.length ? (parts[parts.length - 1]!.slice(-1) || '\n') : '\n';
      }
    } else if (tag === 'details' && !el.hasAttribute('open')) {
      const summary = Array.from(el.children).find((c) => c.localName.toLowerCase() === 'summary');
      if (summary) element(summary, b, pre);
    } else walk(el, b, pre || d === 'pre');
    newline();
  };

  list.forEach((root) => {
    newline();
    const tag = root.localName.toLowerCase();
    const cs = styleOf(root);
    if (display(root, cs) !== 'skip') walk(root, isBold(tag, false, cs), tag === 'pre');
  });
  let out = parts.join('');
  // Drop trailing separators, but never a verbatim newline of a <pre> segment.
  const keep = segments[segments.length - 1]?.end ?? 0;
  while (out.length > keep && out.endsWith('\n')) out = out.slice(0, -1);
  return { text: out, map: { segments }, headings: headingSpans(out, segments, boldSegs) };
}

/** Separator rule from a computed display value. */
function byDisplay(display: string, tag: string, el: Element): Display {
  if (display === 'inline' || display === 'contents') return CHIP.test(el.getAttribute('class') ?? '') ? 'chip' : 'inline';
  if (display.startsWith('inline') || display === 'table-cell') return 'chip';
  if (display === 'list-item') return tag === 'li' ? 'li' : 'block';
  return 'block';
}

/** Separator rule from the tag alone (linkedom, happy-dom, detached documents). */
function byTag(tag: string, el: Element): Display {
  if (tag === 'pre') return 'pre';
  if (tag === 'li') return 'li';
  if (BLOCK_TAGS.has(tag)) return 'block';
  if (tag === 'td' || tag === 'th' || CHIP.test(el.getAttribute('class') ?? '')) return 'chip';
  return 'inline';
}

/** Lines made only of bold or heading-tag text (not bullets): the DOM's own headings. */
function headingSpans(text: string, segments: TextSegment[], bold: boolean[]): Span[] {
  const strong = new Uint8Array(text.length);
  segments.forEach((s, i) => {
    if (bold[i]) strong.fill(1, s.start, s.end);
  });
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const lead = line.length - line.trimStart().length;
    const s = start + lead;
    const e = start + line.trimEnd().length;
    if (e > s && e - s <= MAX_HEADING && !line.startsWith('• ') && /\p{L}/u.test(line)) {
      let ok = true;
      for (let i = s; i < e && ok; i++) if (strong[i] === 0 && !/\s/.test(text[i]!)) ok = false;
      if (ok) out.push({ start: s, end: e });
    }
    start = end + 1;
  }
  return out;
}

/** Roots in document order, without roots nested in other roots. */
function orderRoots(roots: Element[]): Element[] {
  const uniq = roots.filter((r, i) => r && roots.indexOf(r) === i);
  const outer = uniq.filter((r) => !uniq.some((o) => o !== r && o.contains(r)));
  return outer.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** True in a real browser (layout exists); false in linkedom, happy-dom and jsdom. */
function realLayout(view: (Window & typeof globalThis) | null | undefined): boolean {
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  const ua = view.navigator?.userAgent ?? '';
  return !/happy-?dom|jsdom|linkedom|node\.js/i.test(ua);
}

/** False once the page has replaced or shortened a mapped text node (re-read the posting). */
export function isMapLive(map: TextMap): boolean {
  return map.segments.every((s) => s.node.isConnected && s.nodeOffset + (s.end - s.start) <= s.node.data.length);
}
