/**
 * Offsets into PostingPage.text -> DOM Ranges -> CSS Custom Highlight API
 * (../shared/notes/compromise.md §3.2). Painting changes no node of the host page; only where
 * CSS.highlights is missing do we wrap words in <mark>, and clear() puts every split text
 * node back exactly (same node objects, same data), so the TextMap stays valid.
 */
import type { TextMap } from '../sites/collect';
import type { Span } from '../types';
import { ensureStyles } from './styles';

export { highlightCss, isDarkPage, LOOKS } from './styles';

/** Level x have/missing, plus red flags; the Highlight is named 'jdl-<kind>'. */
export type HighlightKind = 'required-have' | 'required-missing' | 'preferred-have' | 'preferred-missing' | 'mentioned' | 'flag';

/** One thing to paint: its kind, where it is in the text, and what the hover card says. */
export interface HighlightItem {
  kind: HighlightKind;
  span: Span;
  /** e.g. "Python: required, in your profile" */
  label: string;
}

/** Paint order: a later kind never hides an earlier one (Highlight.priority, <mark> overlap). */
export const KINDS: readonly HighlightKind[] = ['flag', 'required-missing', 'required-have', 'preferred-missing', 'preferred-have', 'mentioned'];
const rank = (k: HighlightKind) => KINDS.indexOf(k);

/** A piece of a span inside one text node. */
interface Piece {
  node: Text;
  from: number;
  to: number;
}

/** The text-node pieces a span covers; synthetic separators are skipped, stale nodes dropped. */
export function piecesFor(map: TextMap, span: Span): Piece[] {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Piece[] = [];
  for (let i = lo; i < segs.length && segs[i]!.start < span.end; i++) {
    const seg = segs[i]!;
    const s = Math.max(span.start, seg.start);
    const e = Math.min(span.end, seg.end);
    if (e <= s) continue;
    const from = seg.nodeOffset + (s - seg.start);
    const to = from + (e - s);
    if (to > seg.node.data.length) continue; // the page changed this node since collection
    const prev = out[out.length - 1];
    // Two segments of one node are only split by collapsed whitespace: one Range covers both.
    if (prev && prev.node === seg.node && prev.to <= from) prev.to = to;
    else out.push({ node: seg.node, from, to });
  }
  return out;
}

/** Offsets into PostingPage.text -> DOM Ranges (one per text node; separators skipped). */
export function rangesFor(map: TextMap, span: Span, doc: Document): Range[] {
  return piecesFor(map, span).map((p) => {
    const r = doc.createRange();
    r.setStart(p.node, p.from);
    r.setEnd(p.node, p.to);
    return r;
  });
}

/** One painted item and the Ranges that show it, for keyboard navigation and hover cards. */
export interface Painted {
  item: HighlightItem;
  ranges: Range[];
}

/** What paintHighlights returns: how many items show, each with its Ranges (text order), and clear(). */
export interface PaintResult {
  count: number;
  /** Painted items in text order (the order keyboard navigation walks). */
  items: readonly Painted[];
  clear(): void;
}
/** What is on screen now, for itemAtPoint. */
const live = new Set<Painted>();
const markItems = new WeakMap<Element, HighlightItem>();

interface HighlightRegistryLike {
  get(name: string): HighlightLike | undefined;
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): boolean;
}
interface HighlightLike {
  add(r: Range): unknown;
  delete(r: Range): boolean;
  size: number;
  priority: number;
}
type HighlightCtor = new (...ranges: Range[]) => HighlightLike;

function highlightApi(doc: Document): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const view = (doc.defaultView ?? globalThis) as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor };
  const registry = view.CSS?.highlights;
  return registry && typeof view.Highlight === 'function' ? { registry, Highlight: view.Highlight } : null;
}

/** True where the CSS Custom Highlight API exists (elsewhere paintHighlights wraps words in <mark>). */
export function hasHighlightApi(doc: Document): boolean {
  return highlightApi(doc) !== null;
}

/**
 * Paint items with the CSS Custom Highlight API (one Highlight per kind, 'jdl-<kind>'), or
 * with <mark class="jdl-mark jdl-<kind>"> where CSS.highlights is missing. Styles go in once
 * as an adopted stylesheet. clear() removes everything this call added.
 */
export function paintHighlights(doc: Document, map: TextMap, items: HighlightItem[]): PaintResult {
  ensureStyles(doc);
  const api = highlightApi(doc);
  const painted = api ? paintWithApi(doc, map, items, api) : paintWithMarks(doc, map, items);
  const order = new Map(items.map((it, i) => [it, i]));
  const list = [...new Map(painted.mine.map((p) => [p.item, p])).values()].sort(
    (a, b) => a.item.span.start - b.item.span.start || order.get(a.item)! - order.get(b.item)!,
  );
  return { count: painted.count, items: list, clear: painted.clear };
}

/** The Highlight that marks the item keyboard navigation is on (drawn above every kind). */
export const CURRENT = 'jdl-current';

/**
 * Mark `ranges` as the current highlight (keyboard navigation), or clear it with null.
 * Returns false where CSS.highlights is missing (the <mark> fallback shows no current mark).
 */
export function setCurrentHighlight(doc: Document, ranges: Range[] | null): boolean {
  const api = highlightApi(doc);
  if (!api) return false;
  if (!ranges?.length) {
    api.registry.delete(CURRENT);
    return true;
  }
  const h = new api.Highlight(...ranges);
  h.priority = KINDS.length + 1;
  api.registry.set(CURRENT, h);
  return true;
}

function paintWithApi(
  doc: Document,
  map: TextMap,
  items: HighlightItem[],
  { registry, Highlight }: NonNullable<ReturnType<typeof highlightApi>>,
): { count: number; mine: Painted[]; clear(): void } {
  const mine: Painted[] = [];
  for (const item of items) {
    const ranges = rangesFor(map, item.span, doc);
    if (!ranges.length) continue;
    const name = `jdl-${item.kind}`;
    let h = registry.get(name);
    if (!h) {
      h = new Highlight();
      h.priority = KINDS.length - rank(item.kind);
      registry.set(name, h);
    }
    for (const r of ranges) h.add(r);
    const p = { item, ranges };
    mine.push(p);
    live.add(p);
  }
  return {
    count: mine.length,
    mine: [...mine],
    clear() {
      for (const p of mine.splice(0)) {
        live.delete(p);
        const name = `jdl-${p.item.kind}`;
        const h = registry.get(name);
        if (!h) continue;
        for (const r of p.ranges) h.delete(r);
        if (h.size === 0) registry.delete(name);
      }
    },
  };
}

interface Wrap {
  node: Text;
  mark: Element;
  mid: Text;
  after: Text | null;
}

function paintWithMarks(doc: Document, map: TextMap, items: HighlightItem[]): { count: number; mine: Painted[]; clear(): void } {
  // Higher-priority kinds claim text first; a piece overlapping a claimed one is dropped.
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item.kind) - rank(b.item.kind) || a.i - b.i);
  const claimed = new Map<Text, Piece[]>();
  const todo: { piece: Piece; item: HighlightItem }[] = [];
  const paintedItems = new Set<HighlightItem>();
  for (const { item } of order) {
    for (const piece of piecesFor(map, item.span)) {
      const taken = claimed.get(piece.node) ?? [];
      if (taken.some((t) => t.from < piece.to && piece.from < t.to)) continue;
      taken.push(piece);
      claimed.set(piece.node, taken);
      todo.push({ piece, item });
      paintedItems.add(item);
    }
  }
  // Within a node, wrap from the end so earlier offsets stay valid.
  const byNode = new Map<Text, typeof todo>();
  for (const t of todo) byNode.set(t.piece.node, [...(byNode.get(t.piece.node) ?? []), t]);
  const ordered = [...byNode.values()].flatMap((list) => list.sort((a, b) => b.piece.from - a.piece.from));
  const wraps: Wrap[] = [];
  const mine: Painted[] = [];
  for (const { piece, item } of ordered) {
    const { node, from, to } = piece;
    if (!node.parentNode) continue;
    const after = to < node.data.length ? node.splitText(to) : null;
    const mid = from > 0 ? node.splitText(from) : node;
    const mark = doc.createElement('mark');
    mark.className = `jdl-mark jdl-${item.kind}`;
    mark.setAttribute('data-jdl-kind', item.kind);
    mid.parentNode!.insertBefore(mark, mid);
    mark.appendChild(mid);
    markItems.set(mark, item);
    wraps.push({ node, mark, mid, after });
    const r = doc.createRange();
    r.selectNodeContents(mark);
    const p = { item, ranges: [r] };
    mine.push(p);
    live.add(p);
  }
  // Wrapping ran from the end of each node: one entry per item, its ranges in document order.
  const merged = new Map<HighlightItem, Painted>();
  for (const p of mine) {
    const m = merged.get(p.item);
    if (m) m.ranges.push(...p.ranges);
    else merged.set(p.item, { item: p.item, ranges: [...p.ranges] });
  }
  for (const m of merged.values()) m.ranges.sort((a, b) => a.compareBoundaryPoints(0 /* START_TO_START */, b));
  return {
    count: paintedItems.size,
    mine: [...merged.values()],
    clear() {
      for (const p of mine.splice(0)) live.delete(p);
      for (const w of wraps.splice(0).reverse()) {
        const parent = w.mark.parentNode;
        if (!parent) continue;
        parent.insertBefore(w.mid, w.mark);
        parent.removeChild(w.mark);
        if (w.mid !== w.node) {
          w.node.data += w.mid.data;
          w.mid.parentNode?.removeChild(w.mid);
        }
        if (w.after) {
          w.node.data += w.after.data;
          w.after.parentNode?.removeChild(w.after);
        }
      }
    },
  };
}

/** The painted item whose range holds (node, offset); the highest-priority one on overlap. */
export function itemAtPosition(node: Node, offset: number): HighlightItem | null {
  let best: HighlightItem | null = null;
  let bestEdge = true;
  for (const p of live) {
    for (const r of p.ranges) {
      const inside = containsPoint(r, node, offset);
      if (!inside) continue;
      const edge = inside === 'edge';
      if (!best || (bestEdge && !edge) || (edge === bestEdge && rank(p.item.kind) < rank(best.kind))) {
        best = p.item;
        bestEdge = edge;
      }
    }
  }
  return best;
}

/** 'in' when start <= point < end, 'edge' when the caret sits right after the last character. */
function containsPoint(r: Range, node: Node, offset: number): 'in' | 'edge' | null {
  if (r.startContainer === node && r.endContainer === node) {
    if (offset >= r.startOffset && offset < r.endOffset) return 'in';
    return offset === r.endOffset ? 'edge' : null;
  }
  // A mark's range selects the mark's contents: the caret lands in the text inside it.
  const container = r.commonAncestorContainer;
  if (container !== node && container.contains(node)) return 'in';
  return null;
}

/** Which painted item is under a viewport point (hover cards); null if none. */
export function itemAtPoint(doc: Document, x: number, y: number): HighlightItem | null {
  type CaretDoc = {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const d = doc as unknown as CaretDoc;
  let node: Node | null = null;
  let offset = 0;
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) ({ offsetNode: node, offset } = pos);
  else {
    const r = d.caretRangeFromPoint?.(x, y);
    if (r) [node, offset] = [r.startContainer, r.startOffset];
  }
  const mark = (node?.parentNode as Element | null)?.closest?.('mark.jdl-mark');
  const item = (mark && markItems.get(mark)) || (node ? itemAtPosition(node, offset) : null);
  if (!item) return null;
  // The caret snaps to the nearest text even beside a line: check the point is on the words.
  for (const p of live) {
    if (p.item !== item) continue;
    const rects = p.ranges.flatMap((r) => Array.from(r.getClientRects?.() ?? []));
    if (!rects.length || rects.every((b) => b.width === 0 && b.height === 0)) return item;
    if (rects.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) return item;
  }
  return null;
}
