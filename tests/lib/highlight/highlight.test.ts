// @vitest-environment happy-dom
/**
 * lib/highlight under happy-dom: offsets -> Ranges, the CSS Custom Highlight API path (with a
 * stand-in registry, since happy-dom has none), the <mark> fallback and its exact clear(),
 * and the hit test behind itemAtPoint (happy-dom has no layout, so the caret is stubbed).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectText } from '@/lib/sites/collect';
import { readPosting } from '@/lib/sites';
import {
  CURRENT,
  hasHighlightApi,
  highlightCss,
  itemAtPoint,
  itemAtPosition,
  KINDS,
  paintHighlights,
  rangesFor,
  setCurrentHighlight,
  type HighlightItem,
  type HighlightKind,
} from '@/lib/highlight';
import type { Span } from '@/lib/types';

const PAGES = join(__dirname, '../../fixtures/pages');

function mount(html: string) {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  const root = document.getElementById('root')!;
  return { root, ...collectText(root) };
}
const spanOf = (text: string, word: string, from = 0): Span => {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`"${word}" not in text`);
  return { start, end: start + word.length };
};
const item = (kind: HighlightKind, span: Span, label: string = kind): HighlightItem => ({ kind, span, label });

/** A stand-in for CSS.highlights / Highlight (happy-dom has neither). */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const realCss = Object.getOwnPropertyDescriptor(window, 'CSS');
function installHighlightApi() {
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  return registry;
}
function removeHighlightApi() {
  if (realCss) Object.defineProperty(window, 'CSS', realCss);
  else delete (window as unknown as { CSS?: unknown }).CSS;
  delete (window as unknown as { Highlight?: unknown }).Highlight;
}

afterEach(() => {
  removeHighlightApi();
  document.body.innerHTML = '';
});

describe('rangesFor', () => {
  const HTML = '<p>We use <b>Node</b>.js, <strong>Spring</strong> <em>Boot</em> and C++ daily.</p><ul><li>Postgre<i>SQL</i></li><li>Go</li></ul><p>Keep\n     going</p>';

  it.each([
    ['Node.js', ['Node', '.js']],
    ['Spring Boot', ['Spring', ' ', 'Boot']],
    ['C++', ['C++']],
    ['PostgreSQL', ['Postgre', 'SQL']],
    ['Go', ['Go']],
    ['We use', ['We use']],
  ])('%s -> %j', (word, parts) => {
    const { text, map } = mount(HTML);
    const ranges = rangesFor(map, spanOf(text, word), document);
    expect(ranges.map((r) => r.toString())).toEqual(parts);
    expect(ranges.map((r) => r.toString()).join('')).toBe(word);
  });

  it('skips synthetic separators (bullets, newlines)', () => {
    const { text, map } = mount(HTML);
    const span = spanOf(text, 'daily.\n• PostgreSQL');
    expect(rangesFor(map, span, document).map((r) => r.toString())).toEqual(['daily.', 'Postgre', 'SQL']);
  });

  it('one Range over collapsed source whitespace inside one node', () => {
    const { text, map } = mount(HTML);
    const ranges = rangesFor(map, spanOf(text, 'Keep going'), document);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.toString().replace(/\s+/g, ' ')).toBe('Keep going');
  });

  it('drops pieces whose node has changed since collection', () => {
    const { text, map, root } = mount('<p>Python and Go</p>');
    root.querySelector('p')!.firstChild!.textContent = 'Py';
    expect(rangesFor(map, spanOf(text, 'Go'), document)).toEqual([]);
  });

  describe('every word of every fixture maps back exactly', () => {
    const files = readdirSync(PAGES).flatMap((d) => readdirSync(join(PAGES, d)).filter((f) => f.endsWith('.html')).map((f) => [d, f] as const));
    it.each(files)('%s/%s', (dir, file) => {
      document.documentElement.innerHTML = readFileSync(join(PAGES, dir, file), 'utf8').replace(/^[\s\S]*?<html[^>]*>/i, '');
      const { text, map } = collectText(document.body);
      for (const m of text.matchAll(/[^\s•]+/g)) {
        const span = { start: m.index, end: m.index + m[0].length };
        expect(rangesFor(map, span, document).map((r) => r.toString()).join('')).toBe(m[0]);
      }
    });
  });
});

describe('paintHighlights with the CSS Custom Highlight API', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = installHighlightApi();
  });

  it('one Highlight per kind, no DOM change, clear() removes them', () => {
    const { text, map, root } = mount('<p>Python, <b>Node</b>.js and Kafka; unlimited PTO.</p>');
    const before = root.innerHTML;
    const painted = paintHighlights(document, map, [
      item('required-have', spanOf(text, 'Python')),
      item('required-missing', spanOf(text, 'Node.js')),
      item('preferred-missing', spanOf(text, 'Kafka')),
      item('flag', spanOf(text, 'unlimited PTO')),
      item('mentioned', { start: 9999, end: 10005 }),
    ]);
    expect(painted.count, 'the out-of-range item is not painted').toBe(4);
    expect([...registry.keys()].sort()).toEqual(['jdl-flag', 'jdl-preferred-missing', 'jdl-required-have', 'jdl-required-missing']);
    expect(registry.get('jdl-required-missing')!.size).toBe(2);
    expect(registry.get('jdl-flag')!.priority).toBeGreaterThan(registry.get('jdl-mentioned')?.priority ?? registry.get('jdl-preferred-missing')!.priority);
    expect(root.innerHTML, 'the Highlight API must not touch the page').toBe(before);
    painted.clear();
    expect(registry.size).toBe(0);
  });

  it('two paints share a Highlight; clearing one keeps the other', () => {
    const { text, map } = mount('<p>Python and Go</p>');
    const a = paintHighlights(document, map, [item('required-have', spanOf(text, 'Python'))]);
    const b = paintHighlights(document, map, [item('required-have', spanOf(text, 'Go'))]);
    expect(registry.get('jdl-required-have')!.size).toBe(2);
    a.clear();
    expect(registry.get('jdl-required-have')!.size).toBe(1);
    b.clear();
    expect(registry.has('jdl-required-have')).toBe(false);
  });

  it('itemAtPosition finds the item under a caret position, the strongest on overlap', () => {
    const { text, map, root } = mount('<p>Must know Python well</p>');
    const node = root.querySelector('p')!.firstChild!;
    const skill = item('required-missing', spanOf(text, 'Python'), 'Python: required, not in your profile');
    const flag = item('flag', spanOf(text, 'know Python'), 'Red flag');
    const painted = paintHighlights(document, map, [skill, flag]);
    expect(itemAtPosition(node, text.indexOf('Python') + 2)).toBe(flag);
    expect(itemAtPosition(node, text.indexOf('know'))).toBe(flag);
    expect(itemAtPosition(node, text.indexOf('well') + 1)).toBeNull();
    expect(itemAtPosition(node, 0)).toBeNull();
    painted.clear();
    expect(itemAtPosition(node, text.indexOf('Python') + 2), 'cleared items are gone').toBeNull();
  });

  it('itemAtPoint uses the caret API (stubbed: happy-dom has no layout)', () => {
    const { text, map, root } = mount('<p>Rust and Go</p>');
    const node = root.querySelector('p')!.firstChild!;
    const go = item('preferred-have', spanOf(text, 'Go'), 'Go: preferred, in your profile');
    const painted = paintHighlights(document, map, [go]);
    const d = document as unknown as { caretPositionFromPoint?: unknown; caretRangeFromPoint?: unknown };
    d.caretPositionFromPoint = () => ({ offsetNode: node, offset: text.indexOf('Go') });
    expect(itemAtPoint(document, 10, 10)).toBe(go);
    d.caretPositionFromPoint = () => ({ offsetNode: node, offset: 1 });
    expect(itemAtPoint(document, 10, 10)).toBeNull();
    delete d.caretPositionFromPoint;
    d.caretRangeFromPoint = () => {
      const r = document.createRange();
      r.setStart(node, text.indexOf('Go') + 1);
      return r;
    };
    expect(itemAtPoint(document, 10, 10)).toBe(go);
    delete d.caretRangeFromPoint;
    expect(itemAtPoint(document, 10, 10), 'no caret API: nothing').toBeNull();
    painted.clear();
  });
});

describe('paintHighlights <mark> fallback (no CSS.highlights)', () => {
  const HTML = '<p>We need <b>Node</b>.js, Python and Python again.</p><ul><li>Kafka is a plus</li></ul>';

  it('wraps each piece in mark.jdl-mark.jdl-<kind> and clear() restores the exact DOM', () => {
    const { text, map, root } = mount(HTML);
    const before = root.innerHTML;
    const nodes = map.segments.map((s) => s.node);
    const painted = paintHighlights(document, map, [
      item('required-have', spanOf(text, 'Node.js')),
      item('required-missing', spanOf(text, 'Python')),
      item('required-missing', spanOf(text, 'Python', text.indexOf('Python') + 1)),
      item('preferred-missing', spanOf(text, 'Kafka')),
    ]);
    expect(painted.count).toBe(4);
    const marks = Array.from(root.querySelectorAll('mark.jdl-mark'));
    expect(marks.map((m) => [m.className, m.textContent])).toEqual([
      ['jdl-mark jdl-required-have', 'Node'],
      ['jdl-mark jdl-required-have', '.js'],
      ['jdl-mark jdl-required-missing', 'Python'],
      ['jdl-mark jdl-required-missing', 'Python'],
      ['jdl-mark jdl-preferred-missing', 'Kafka'],
    ]);
    expect(collectText(root).text, 'marks do not change the text').toBe(text);
    painted.clear();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelectorAll('mark').length).toBe(0);
    // Same Text nodes, same data: the TextMap is valid again.
    expect(map.segments.map((s) => s.node)).toEqual(nodes);
    for (const s of map.segments) expect(s.node.isConnected).toBe(true);
    expect(rangesFor(map, spanOf(text, 'Node.js'), document).map((r) => r.toString()).join('')).toBe('Node.js');
  });

  it('overlapping items: the stronger kind wins the words, the rest is dropped', () => {
    const { text, map, root } = mount('<p>Fast-paced with unlimited PTO and Python.</p>');
    const before = root.innerHTML;
    const painted = paintHighlights(document, map, [
      item('mentioned', spanOf(text, 'unlimited')),
      item('flag', spanOf(text, 'unlimited PTO')),
      item('required-have', spanOf(text, 'Python')),
    ]);
    expect(Array.from(root.querySelectorAll('mark')).map((m) => [m.getAttribute('data-jdl-kind'), m.textContent])).toEqual([
      ['flag', 'unlimited PTO'],
      ['required-have', 'Python'],
    ]);
    expect(painted.count).toBe(2);
    painted.clear();
    expect(root.innerHTML).toBe(before);
  });

  it('marks at node edges (offset 0 and end) restore too', () => {
    const { text, map, root } = mount('<p><span>Python</span> and <span>Go</span></p>');
    const before = root.innerHTML;
    const painted = paintHighlights(document, map, [item('required-have', spanOf(text, 'Python')), item('mentioned', spanOf(text, 'Go'))]);
    expect(root.querySelectorAll('mark').length).toBe(2);
    const markedText = root.querySelector('mark')!.firstChild!;
    expect(itemAtPosition(markedText, 1)?.kind).toBe('required-have');
    painted.clear();
    expect(root.innerHTML).toBe(before);
  });

  it('paints a real posting read by its adapter, and restores it', () => {
    document.documentElement.innerHTML = readFileSync(join(PAGES, 'linkedin/view-logged-in.html'), 'utf8').replace(/^[\s\S]*?<html[^>]*>/i, '');
    const before = document.body.innerHTML;
    const p = readPosting(document, new URL('https://www.linkedin.com/jobs/view/3987654321/'))!;
    const words = ['Go', 'Python', 'Kubernetes', 'AWS', 'PostgreSQL', 'Kafka', 'Node.js', 'SQL', 'Rust', 'gRPC'];
    const items = words.flatMap((w) => [...p.text.matchAll(new RegExp(`(?<![\\w.])${w.replace('.', '\\.')}(?![\\w])`, 'g'))].map((m) => item('mentioned', { start: m.index, end: m.index + w.length })));
    const painted = paintHighlights(document, p.map!, items);
    expect(painted.count).toBe(items.length);
    expect(Array.from(document.querySelectorAll('#job-details mark')).map((m) => m.textContent).join(' ')).toContain('Node .js');
    painted.clear();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('styles', () => {
  it('every kind has its own underline style, and light and dark variants', () => {
    const css = highlightCss('auto');
    const line: Record<HighlightKind, string> = {
      'required-have': 'solid', 'required-missing': 'solid', 'preferred-have': 'dashed', 'preferred-missing': 'dashed', mentioned: 'dotted', flag: 'wavy',
    };
    for (const kind of KINDS) {
      expect(css).toMatch(new RegExp(`::highlight\\(jdl-${kind}\\)\\{[^}]*underline ${line[kind]}`));
      expect(css).toMatch(new RegExp(`mark\\.jdl-mark\\.jdl-${kind}\\{[^}]*underline ${line[kind]}`));
    }
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(highlightCss('dark')).not.toBe(highlightCss('light'));
  });

  it('lib/highlight/highlight.css is highlightCss("auto")', () => {
    const file = readFileSync(join(__dirname, '../../../lib/highlight/highlight.css'), 'utf8');
    expect(file.replace(/^\/\*[^]*?\*\/\n/, ''), 'regenerate lib/highlight/highlight.css from highlightCss("auto")').toBe(`${highlightCss('auto')}\n`);
  });

  it('have and missing differ by more than colour (fill and thickness)', () => {
    const rule = (k: HighlightKind) => new RegExp(`::highlight\\(jdl-${k}\\)\\{([^}]*)\\}`).exec(highlightCss('light'))![1]!;
    const thick = (k: HighlightKind) => /thickness:([\d.]+)px/.exec(rule(k))![1];
    expect(thick('required-missing')).not.toBe(thick('required-have'));
    expect(thick('preferred-missing')).not.toBe(thick('preferred-have'));
  });

  it('are adopted once per document, with no element inserted', () => {
    const { text, map, root } = mount('<p>Python</p>');
    const headBefore = document.head.innerHTML;
    paintHighlights(document, map, [item('required-have', spanOf(text, 'Python'))]).clear();
    paintHighlights(document, map, [item('required-have', spanOf(text, 'Python'))]).clear();
    const ours = document.adoptedStyleSheets.filter((sh) => Array.from(sh.cssRules).some((r) => r.cssText.includes('jdl-')));
    expect(ours).toHaveLength(1);
    expect(document.head.innerHTML).toBe(headBefore);
    expect(root.innerHTML).toBe('<p>Python</p>');
  });
});

describe('<mark> fallback on random trees', () => {
  const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const WORDS = ['Python', 'Node', '.js', 'C++', 'and', ' ', '\n  ', 'Go,', 'SQL', 'Kafka '];
  const TAGS = ['p', 'div', 'span', 'b', 'li', 'ul', 'br', 'em', 'a'];
  function tree(r: () => number, depth: number): string {
    let out = '';
    for (let i = 0, n = 1 + Math.floor(r() * 4); i < n; i++) {
      if (depth > 3 || r() < 0.45) out += WORDS[Math.floor(r() * WORDS.length)];
      else {
        const tag = TAGS[Math.floor(r() * TAGS.length)]!;
        out += tag === 'br' ? '<br>' : `<${tag}>${tree(r, depth + 1)}</${tag}>`;
      }
    }
    return out;
  }
  const kinds = [...KINDS];

  it.each(Array.from({ length: 100 }, (_, i) => i + 1))('seed %i: paint, re-collect, clear restores', (seed) => {
    const r = rng(seed);
    const { text, map, root } = mount(tree(r, 0));
    if (!text) return;
    const before = root.innerHTML;
    const items = Array.from({ length: 1 + Math.floor(r() * 6) }, () => {
      const a = Math.floor(r() * text.length);
      const b = Math.min(text.length, a + 1 + Math.floor(r() * 12));
      return item(kinds[Math.floor(r() * kinds.length)]!, { start: a, end: b });
    });
    const painted = paintHighlights(document, map, items);
    expect(collectText(root).text, 'painting must not change the text').toBe(text);
    painted.clear();
    expect(root.innerHTML).toBe(before);
    // The same Text nodes hold the same characters again: the map is valid after clear().
    for (const sg of map.segments) {
      expect(sg.node.isConnected).toBe(true);
      expect(sg.node.data.slice(sg.nodeOffset, sg.nodeOffset + sg.end - sg.start)).toBe(text.slice(sg.start, sg.end));
    }
  });
});

describe('painted items and the current highlight (keyboard navigation)', () => {
  const HTML = '<p>Kafka first, then <b>Node</b>.js and Python; unlimited PTO.</p>';
  const ITEMS = (text: string) => [
    item('required-have', spanOf(text, 'Python'), 'Python'),
    item('flag', spanOf(text, 'unlimited PTO'), 'PTO'),
    item('required-missing', spanOf(text, 'Node.js'), 'Node.js'),
    item('preferred-missing', spanOf(text, 'Kafka'), 'Kafka'),
  ];

  it('with the API: items in text order, each with its ranges', () => {
    installHighlightApi();
    expect(hasHighlightApi(document)).toBe(true);
    const { text, map } = mount(HTML);
    const painted = paintHighlights(document, map, ITEMS(text));
    expect(painted.items.map((p) => p.item.label)).toEqual(['Kafka', 'Node.js', 'Python', 'PTO']);
    expect(painted.items.map((p) => p.ranges.map((r) => r.toString()).join(''))).toEqual(['Kafka', 'Node.js', 'Python', 'unlimited PTO']);
    painted.clear();
  });

  it('with the <mark> fallback: the same order, ranges over the marks', () => {
    expect(hasHighlightApi(document)).toBe(false);
    const { text, map } = mount(HTML);
    const painted = paintHighlights(document, map, ITEMS(text));
    expect(painted.items.map((p) => p.item.label)).toEqual(['Kafka', 'Node.js', 'Python', 'PTO']);
    expect(painted.items.map((p) => p.ranges.map((r) => r.toString()).join(''))).toEqual(['Kafka', 'Node.js', 'Python', 'unlimited PTO']);
    painted.clear();
  });

  it('setCurrentHighlight marks one item above every kind, and clears it', () => {
    const registry = installHighlightApi();
    const { text, map } = mount(HTML);
    const painted = paintHighlights(document, map, ITEMS(text));
    expect(setCurrentHighlight(document, painted.items[1]!.ranges)).toBe(true);
    const current = registry.get(CURRENT)!;
    expect([...current].map((r) => r.toString()).join('')).toBe('Node.js');
    for (const name of registry.keys()) if (name !== CURRENT) expect(current.priority).toBeGreaterThan(registry.get(name)!.priority);
    setCurrentHighlight(document, null);
    expect(registry.has(CURRENT)).toBe(false);
    painted.clear();
  });

  it('without the API there is no current highlight (the card and the live region still say it)', () => {
    const { text, map } = mount(HTML);
    const painted = paintHighlights(document, map, ITEMS(text));
    expect(setCurrentHighlight(document, painted.items[0]!.ranges)).toBe(false);
    painted.clear();
  });

  it('the current highlight has a style in both themes, a fill only (the kind keeps its underline)', () => {
    for (const theme of ['light', 'dark'] as const) {
      const rule = /::highlight\(jdl-current\)\{([^}]*)\}/.exec(highlightCss(theme))?.[1];
      expect(rule, `highlightCss('${theme}') should style jdl-current`).toMatch(/background-color/);
      expect(rule).not.toMatch(/text-decoration/);
    }
  });
});
