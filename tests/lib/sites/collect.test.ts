/**
 * collectText: the analysed string, its map back to text nodes, and the DOM's headings.
 * The map must be exact: every segment is a verbatim slice of its node, and everything
 * between segments is a synthetic separator.
 */
import { describe, expect, it } from 'vitest';
import { collectText } from '@/lib/sites/collect';
import { readPosting } from '@/lib/sites';
import { checkMap, docOf, listDir, page, PAGES, shared } from './helpers';
import { join } from 'node:path';

const body = (html: string) => docOf(`<!doctype html><html><body>${html}</body></html>`).body;

const TABLE: [string, string, string][] = [
  ['inline markup joins words', '<p>Hello <b>Node</b>.js world</p>', 'Hello Node.js world'],
  ['source whitespace collapses', '<p>\n   Spring\n      Boot   and\tGo  </p>', 'Spring Boot and Go'],
  ['blocks get newlines', '<div>One</div><div>Two</div><p>Three</p>', 'One\nTwo\nThree'],
  ['br is a line break', '<p>a<br>b<br><br>c</p>', 'a\nb\nc'],
  ['li gets a bullet', '<ul><li>Python</li><li><p>Go</p></li><li></li></ul>', '• Python\n• Go'],
  ['chips get spaces', '<div><span class="chip">REST API</span><span class="chip">Java</span><span class="skill-tag">Python</span></div>', 'REST API Java Python'],
  ['table cells get spaces, rows newlines', '<table><tr><td>Python</td><td>3+ years</td></tr><tr><th>Go</th><td>1 year</td></tr></table>', 'Python 3+ years\nGo 1 year'],
  ['pre keeps its whitespace', '<pre>a\n  b</pre>', 'a\n  b'],
  ['a trailing newline inside pre stays mapped', '<pre>code\n</pre>', 'code\n'],
  ['nbsp is kept verbatim', '<p>5&nbsp;years</p>', '5\u00a0years'],
  [
    'script, style, hidden and screen-reader copies are skipped',
    '<p>Keep</p><script>x()</script><style>p{}</style><noscript>n</noscript><template>t</template><div hidden>h</div><div style="display:none">d</div><span class="visually-hidden">sr</span><button>Apply</button><jdl-badge>badge</jdl-badge><p>this</p>',
    'Keep\nthis',
  ],
  ['closed details show only the summary', '<details><summary>More</summary><p>Hidden</p></details><details open><summary>Open</summary><p>Shown</p></details>', 'More\nOpen\nShown'],
];

describe('collectText', () => {
  it.each(TABLE)('%s', (_name, html, want) => {
    const col = collectText(body(html));
    expect(col.text).toBe(want);
    checkMap(col.text, col.map);
  });

  it('finds the DOM headings: h1-h6, dt and bold-only lines, not bullets or inline labels', () => {
    const col = collectText(
      body('<h2>Requirements</h2><p><strong>Nice to have</strong></p><p><b>Python</b> is required</p><ul><li><b>Go</b></li></ul><dl><dt>Location</dt><dd>Remote</dd></dl><div><strong>Who we are<br><br></strong>We build.</div>'),
    );
    expect(col.headings.map((h) => col.text.slice(h.start, h.end))).toEqual(['Requirements', 'Nice to have', 'Location', 'Who we are']);
  });

  it('takes several roots in document order, once each', () => {
    const b = body('<div id="a">First<div id="b">Inner</div></div><div id="c">Second</div>');
    const [a, inner, c] = ['#a', '#b', '#c'].map((s) => b.querySelector(s)!);
    expect(collectText([c!, a!, inner!]).text).toBe('First\nInner\nSecond');
  });

  it('honours a skip predicate', () => {
    const b = body('<div><p>Keep</p><section class="similar">Drop</section></div>');
    expect(collectText(b, { skip: (el) => el.classList.contains('similar') }).text).toBe('Keep');
  });

  describe('the map is exact on every fixture page', () => {
    const all = listDir(PAGES).flatMap((dir) => listDir(join(PAGES, dir)).filter((f) => f.endsWith('.html')).map((f) => [dir, f] as const));
    it.each(all)('%s/%s', (dir, file) => {
      const { doc } = page(dir, file);
      const col = collectText(doc.body);
      checkMap(col.text, col.map);
    });
  });

  it('the map is exact on the real saved pages', () => {
    for (const [file, url] of [
      ['linkedin-guest-heidi.html', 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124'],
      ['indeed-au-papercut.html', 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2'],
    ] as const) {
      const f = shared(file);
      if (!f) continue;
      const whole = collectText(f.doc.body);
      checkMap(whole.text, whole.map);
      const p = readPosting(f.doc, new URL(url))!;
      checkMap(p.text, p.map!);
      expect(p.text.length).toBeGreaterThan(1000);
    }
  });
});

describe('collectText on random trees', () => {
  // A small seeded PRNG so failures reproduce.
  const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const WORDS = ['Python', 'Node', '.js', 'C++', 'and', ' ', '  ', '\n  ', 'Go,', 'SQL', '\u00a0', 'Kafka '];
  const TAGS = ['p', 'div', 'span', 'b', 'strong', 'li', 'ul', 'br', 'td', 'em', 'section', 'script', 'a'];
  function tree(r: () => number, depth: number): string {
    let out = '';
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      if (depth > 3 || r() < 0.45) out += WORDS[Math.floor(r() * WORDS.length)]!.replace(/</g, '&lt;');
      else {
        const tag = TAGS[Math.floor(r() * TAGS.length)]!;
        out += tag === 'br' ? '<br>' : tag === 'td' ? `<table><tr><td>${tree(r, depth + 1)}</td><td>x</td></tr></table>` : `<${tag}>${tree(r, depth + 1)}</${tag}>`;
      }
    }
    return out;
  }

  it.each(Array.from({ length: 200 }, (_, i) => i + 1))('seed %i: exact map, tidy separators', (seed) => {
    const html = tree(rng(seed), 0);
    const col = collectText(body(html));
    if (process.env.JDL_DEBUG) console.log(seed, JSON.stringify(html), JSON.stringify(col.text));
    checkMap(col.text, col.map);
    for (const line of col.text ? col.text.split('\n') : []) {
      expect(line, 'no empty lines').not.toBe('');
      expect(line, 'no leading spaces').not.toMatch(/^ /);
      expect(line, 'no trailing spaces').not.toMatch(/ $/);
      expect(line, 'no double spaces').not.toMatch(/ {2}/);
    }
    for (const h of col.headings) expect(col.text.slice(h.start, h.end).trim()).toBe(col.text.slice(h.start, h.end));
  });
});
