// @vitest-environment happy-dom
/**
 * Reading a user's selection (a Range) with its node map, so a selected block of text is
 * highlighted in place; and readGeneric, the page-health reader that keeps the best fields.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectText } from '@/lib/sites/collect';
import { readGeneric, readPosting, readRange } from '@/lib/sites';
import { checkMap, page } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

/** A Range from `from` in the first text node containing it to the end of `to`. */
function rangeOf(root: Element, from: string, to: string): Range {
  const nodes: Text[] = [];
  const walk = (n: Node) => n.childNodes.forEach((c) => (c.nodeType === 3 ? nodes.push(c as Text) : walk(c)));
  walk(root);
  const a = nodes.find((t) => t.data.includes(from))!;
  const b = nodes.find((t) => t.data.includes(to))!;
  const r = document.createRange();
  r.setStart(a, a.data.indexOf(from));
  r.setEnd(b, b.data.indexOf(to) + to.length);
  return r;
}

describe('collectText with a range', () => {
  const HTML = '<p>Intro text we skip. We use <b>Go</b> and PostgreSQL.</p><ul><li>Kafka or NATS.</li><li>Rust.</li></ul><p>Outro.</p>';

  it('keeps only the selected text, cut at the boundary offsets, with an exact map', () => {
    const root = mount(HTML);
    const range = rangeOf(root, 'We use', 'Kafka');
    const { text, map } = collectText(root, { range });
    expect(text).toBe('We use Go and PostgreSQL.\n• Kafka');
    checkMap(text, map);
  });

  it('a selection inside one text node', () => {
    const root = mount(HTML);
    const { text, map } = collectText(root, { range: rangeOf(root, 'Postgre', 'SQL') });
    expect(text).toBe('PostgreSQL');
    expect(map.segments).toHaveLength(1);
    expect(map.segments[0]!.nodeOffset).toBe(' and PostgreSQL.'.indexOf('Postgre'));
  });

  it('a selection that starts or ends in whitespace collapses it like the page does', () => {
    const root = mount('<p>alpha   beta</p><p>gamma delta</p>');
    const nodes = root.querySelectorAll('p');
    const r = document.createRange();
    r.setStart(nodes[0]!.firstChild!, 6); // inside the run of spaces
    r.setEnd(nodes[1]!.firstChild!, 5);
    const { text, map } = collectText(root, { range: r });
    expect(text).toBe('beta\ngamma');
    checkMap(text, map);
  });

  it('whole elements selected from outside (a triple-click) come in whole', () => {
    const root = mount(HTML);
    const r = document.createRange();
    r.setStartBefore(root.querySelector('ul')!);
    r.setEndAfter(root.querySelector('ul')!);
    expect(collectText(root, { range: r }).text).toBe('• Kafka or NATS.\n• Rust.');
  });
});

describe('readRange', () => {
  it('a selection is a posting with its map, site "selection"', () => {
    const root = mount('<h2>Requirements</h2><ul><li>5+ years of Python.</li><li>Docker.</li></ul>');
    const p = readRange(rangeOf(root, 'Requirements', 'Docker'), new URL('https://example.com/post'))!;
    expect(p.site).toBe('selection');
    expect(p.text).toBe('Requirements\n• 5+ years of Python.\n• Docker');
    expect(p.headings.map((h) => p.text.slice(h.start, h.end))).toEqual(['Requirements']);
    checkMap(p.text, p.map!);
  });

  it('null for a collapsed or empty selection', () => {
    const root = mount('<p>text</p><p> </p>');
    const r = document.createRange();
    r.setStart(root.firstChild!.firstChild!, 2);
    expect(readRange(r, new URL('https://example.com/'))).toBeNull();
    r.selectNodeContents(root.lastChild!);
    expect(readRange(r, new URL('https://example.com/'))).toBeNull();
  });
});

describe('readGeneric (page health: "analyse the page generically")', () => {
  it('a board page whose description selectors broke: generic text, the board fields, nothing missing', () => {
    const { html } = page('greenhouse', 'legacy-board.html');
    document.documentElement.innerHTML = html.replace('<div id="content">', '<div class="renamed-2027">').replace('<div id="app_body">', '<div>');
    const url = new URL('https://boards.greenhouse.io/acmerobotics/jobs/4567891');
    expect(readPosting(document, url)!.missing, 'the adapter reports the broken selector').toContain('text');
    const p = readGeneric(document, url)!;
    expect(p.text).toContain('3+ years writing tests in Python with pytest.');
    expect([p.title, p.company, p.postingId]).toEqual(['QA Automation Engineer', 'Acme Robotics', '4567891']);
    expect(p.missing).toEqual([]);
    expect(p.map).not.toBeNull();
  });

  it('a page no adapter claims: the heuristic reading alone', () => {
    document.documentElement.innerHTML = page('generic', 'career-page.html').html;
    const p = readGeneric(document, new URL('https://careers.example-widgets.com/openings/senior-backend-engineer'))!;
    expect([p.site, p.title, p.company]).toEqual(['generic', 'Senior Backend Engineer', 'Example Widgets']);
  });
});
